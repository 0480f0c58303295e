import { parse as parseYaml } from 'yaml';
import type { NodeId } from '../../machines/index.ts';
import { ContentError, type NodeContent, type Symptom } from './node-content.ts';
import { parseValidity } from './validity.ts';

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const KNOWN_KEYS = new Set(['title', 'validity', 'symptoms', 'sources']);

function stringList(value: unknown, key: string, file: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string' && item.trim() !== '')) {
    throw new ContentError(`${file}: '${key}' must be a list of non-empty strings`);
  }
  return value;
}

const SYMPTOM_KEYS = new Set(['line', 'variants', 'pattern', 'means']);
const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

/** A symptom is an exact line, or {line, variants?, pattern?, means?}. */
function symptomList(value: unknown, file: string): Symptom[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ContentError(`${file}: 'symptoms' must be a list`);
  return value.map((item, index) => {
    if (nonEmpty(item)) return { line: item, variants: [] };
    const where = `${file}: symptom ${index + 1}`;
    if (typeof item !== 'object' || item === null || !nonEmpty((item as Symptom).line)) throw new ContentError(`${where} needs a 'line'`);
    const extra = Object.keys(item).find((key) => !SYMPTOM_KEYS.has(key));
    if (extra) throw new ContentError(`${where} has an unknown key '${extra}'`);
    const { line, variants = [], pattern, means } = item as Partial<Symptom> & { line: string };
    if (!Array.isArray(variants) || !variants.every(nonEmpty)) throw new ContentError(`${where}: 'variants' must be a list of strings`);
    if (pattern !== undefined) {
      try {
        new RegExp(pattern, 'i');
      } catch (error) {
        throw new ContentError(`${where}: 'pattern' is not a valid regular expression: ${(error as Error).message}`);
      }
    }
    return { line, variants, ...(nonEmpty(pattern) ? { pattern } : {}), ...(nonEmpty(means) ? { means } : {}) };
  });
}

/** Splits and checks one content file. Browser-safe: the docs player parses the same files. */
export function parseNodeContent(id: NodeId, raw: string, file = `${id}.md`): NodeContent {
  const match = FRONT_MATTER.exec(raw);
  if (!match) throw new ContentError(`${file}: missing front matter (a '---' block with a title)`);
  let data: unknown;
  try {
    data = parseYaml(match[1]!);
  } catch (error) {
    throw new ContentError(`${file}: front matter is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ContentError(`${file}: front matter must be a mapping`);
  }
  const fields = data as Record<string, unknown>;
  const unknown = Object.keys(fields).filter((key) => !KNOWN_KEYS.has(key));
  if (unknown.length) throw new ContentError(`${file}: unknown front matter key '${unknown[0]}'`);
  if (typeof fields.title !== 'string' || fields.title.trim() === '') {
    throw new ContentError(`${file}: front matter needs a 'title'`);
  }
  return {
    id,
    title: fields.title,
    validity: parseValidity(fields.validity, file),
    symptoms: symptomList(fields.symptoms, file),
    sources: stringList(fields.sources, 'sources', file),
    markdown: raw.slice(match[0].length).trim(),
  };
}
