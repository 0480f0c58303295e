import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Symptom } from '../../../src/content/index.ts';

/**
 * Reads the today book's content on its own terms. src/content still knows one book (its validity tokens are the
 * walkthrough's releases), so until the engine hosts books this mirrors parseNodeContent with today's releases.
 */

export const TODAY_CONTENT_DIR = join(import.meta.dirname, '..', '..', '..', 'content', 'today');

export const TODAY_RELEASES = {
  kubernetes: ['1.28', '1.29', '1.30', '1.31', '1.32', '1.33', '1.34'],
  os: ['rhel-9', 'ubuntu-22.04', 'ubuntu-24.04', 'al2023'],
  containerd: ['1.7', '2.0', '2.1', '2.2'],
} as const;

export type TodayValidity = Record<keyof typeof TODAY_RELEASES, string[]>;

export interface TodayContent {
  id: string;
  file: string;
  title: string;
  validity: TodayValidity;
  symptoms: Symptom[];
  sources: string[];
  markdown: string;
}

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;
const KEYS = new Set(['title', 'validity', 'symptoms', 'sources']);
const SYMPTOM_KEYS = new Set(['line', 'variants', 'pattern', 'means']);

function validityOf(value: unknown, file: string): TodayValidity {
  if (typeof value !== 'object' || value === null) throw new Error(`${file}: needs validity`);
  const fields = value as Record<string, unknown>;
  const extra = Object.keys(fields).find((key) => !(key in TODAY_RELEASES));
  if (extra) throw new Error(`${file}: validity has an unknown component '${extra}'`);
  return Object.fromEntries(
    Object.entries(TODAY_RELEASES).map(([component, known]) => {
      const releases = fields[component];
      if (!Array.isArray(releases) || releases.length === 0) throw new Error(`${file}: validity.${component} must be a list, or [any]`);
      for (const release of releases) {
        if (typeof release !== 'string') throw new Error(`${file}: validity.${component}: quote ${String(release)}`);
        if (release !== 'any' && !(known as readonly string[]).includes(release)) throw new Error(`${file}: validity.${component}: '${release}' is not a release this book covers`);
      }
      if (releases.includes('any') && releases.length > 1) throw new Error(`${file}: validity.${component}: 'any' stands alone`);
      return [component, releases as string[]];
    }),
  ) as TodayValidity;
}

function symptomsOf(value: unknown, file: string): Symptom[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new Error(`${file}: symptoms must be a list`);
  return value.map((item) => {
    if (typeof item === 'string') return { line: item, variants: [] };
    const extra = Object.keys(item as object).find((key) => !SYMPTOM_KEYS.has(key));
    if (extra) throw new Error(`${file}: symptom has an unknown key '${extra}'`);
    const { line, variants = [], pattern, means } = item as Partial<Symptom>;
    if (typeof line !== 'string' || line.trim() === '') throw new Error(`${file}: a symptom needs a line`);
    return { line, variants, ...(pattern ? { pattern } : {}), ...(means ? { means } : {}) };
  });
}

export function parseTodayContent(id: string, raw: string, file: string): TodayContent {
  const match = FRONT_MATTER.exec(raw);
  if (!match) throw new Error(`${file}: missing front matter`);
  const data = parseYaml(match[1]!) as Record<string, unknown>;
  const unknown = Object.keys(data).find((key) => !KEYS.has(key));
  if (unknown) throw new Error(`${file}: unknown front matter key '${unknown}'`);
  if (typeof data.title !== 'string' || data.title.trim() === '') throw new Error(`${file}: needs a title`);
  const sources = data.sources;
  if (!Array.isArray(sources) || !sources.every((source) => typeof source === 'string')) throw new Error(`${file}: sources must be a list of links`);
  return {
    id,
    file,
    title: data.title,
    validity: validityOf(data.validity, file),
    symptoms: symptomsOf(data.symptoms, file),
    sources,
    markdown: raw.slice(match[0].length).trim(),
  };
}

/** Every Markdown file under content/today, as `<chapter>/<node>.md`. */
export const todayContentFiles = (): string[] =>
  readdirSync(TODAY_CONTENT_DIR, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));

export const readTodayContent = (id: string, chapter: string): TodayContent => {
  const file = `${chapter}/${id}.md`;
  return parseTodayContent(id, readFileSync(join(TODAY_CONTENT_DIR, file), 'utf8'), file);
};
