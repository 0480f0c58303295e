import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/index.ts';
import { LOG_SOURCES, SYMPTOM_SOURCES } from '../../src/npd/log-sources.ts';

const content = readContent();
const key = (node: string, line: string) => `${node} ← ${line}`;

describe('where each symptom is logged (src/npd/log-sources.ts)', () => {
  it('says it for every symptom of the content, once', () => {
    const listed = SYMPTOM_SOURCES.map((entry) => key(entry.node, entry.line));
    const symptoms = [...content.values()].flatMap((words) => words.symptoms.map((symptom) => key(words.id, symptom.line)));
    expect(symptoms.filter((symptom) => !listed.includes(symptom)), 'symptoms to add to SYMPTOM_SOURCES').toEqual([]);
    expect(listed.filter((entry) => !symptoms.includes(entry)), 'entries whose symptom is gone or reworded').toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('names only sources it knows, and gives a reason for every line it leaves out', () => {
    const ids = LOG_SOURCES.map((source) => source.id);
    for (const entry of SYMPTOM_SOURCES) {
      if ('sources' in entry) expect(entry.sources.filter((id) => !ids.includes(id)), entry.line).toEqual([]);
      else expect(entry.notLogged.length, entry.line).toBeGreaterThan(10);
    }
  });

  it('gives every source that can set a condition a condition of its own', () => {
    const conditions = LOG_SOURCES.flatMap((source) => (source.condition ? [source.condition] : []));
    expect(new Set(conditions).size).toBe(conditions.length);
  });
});
