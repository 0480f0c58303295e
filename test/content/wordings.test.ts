import { describe, expect, it } from 'vitest';
import { readContent, validityMeets, type Symptom } from '../../src/content/index.ts';
import { quotedLines } from '../../src/content/quoted-lines.ts';
import { readWordings, type Wording } from '../../src/content/wordings.ts';
import { normalize } from '../../src/why/matchers.ts';

const content = readContent();
const messages = readWordings();
const wordings = messages.flatMap((message) => message.wordings.map((wording) => ({ ...wording, message: message.message })));
const fold = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The registry's wordings that contain a quoted line verbatim (prose quotes compare with white space folded). */
const sourcesOf = (line: string, folded = false) => wordings.filter((wording) => (folded ? fold(wording.text).includes(fold(line)) : wording.text.includes(line)));

/** Whether `why` would match a wording with this symptom: its needles, or its pattern, on any of its lines. */
const whyMatches = (symptom: Symptom, wording: Wording) =>
  wording.text.split('\n').some((line) => {
    const text = normalize(line);
    return [symptom.line, ...symptom.variants].some((needle) => text.includes(normalize(needle))) || (symptom.pattern !== undefined && new RegExp(symptom.pattern, 'i').test(text));
  });

describe('content/wordings.yaml: every quoted line against its source', () => {
  it('gives every wording its text, releases and source', () => {
    expect(wordings.length).toBeGreaterThan(30);
    for (const wording of wordings) expect(wording.source.length, wording.message).toBeGreaterThan(10);
  });

  it.each([...content.values()].map((words) => [words.id, words] as const))('%s quotes only lines its sources print exactly so', (_, words) => {
    for (const quoted of quotedLines(words.markdown)) {
      expect(sourcesOf(quoted.text, quoted.kind !== 'text-block'), `${words.id} ${quoted.kind}: ${quoted.text}`).not.toEqual([]);
    }
  });

  it.each([...content.values()].filter((words) => words.symptoms.length).map((words) => [words.id, words] as const))(
    '%s: every symptom wording is a source wording, and why matches every wording its releases print',
    (_, words) => {
      for (const symptom of words.symptoms) {
        const found = [symptom.line, ...symptom.variants].flatMap((needle) => {
          const sources = sourcesOf(needle);
          expect(sources, `${words.id}: "${needle}" is in no source's wording`).not.toEqual([]);
          return sources.map((source) => source.message);
        });
        for (const wording of wordings.filter((candidate) => found.includes(candidate.message))) {
          if (!validityMeets(words.validity, wording.versions)) continue;
          expect(whyMatches(symptom, wording), `${words.id}: why misses "${wording.text}" (${JSON.stringify(wording.versions)})`).toBe(true);
        }
      }
    },
  );
});

describe('validity against a wording\'s releases', () => {
  it.each([
    [{ kubernetes: ['1.4'], os: ['any'], docker: ['any'] }, { kubernetes: ['1.4', '1.5'] }, true],
    [{ kubernetes: ['1.4'], os: ['any'], docker: ['any'] }, { kubernetes: ['1.6+'] }, false],
    [{ kubernetes: ['1.4'], os: ['any'], docker: ['1.12'] }, { docker: ['1.10+'] }, true],
    [{ kubernetes: ['any'], os: ['centos-7.2'], docker: ['any'] }, { os: ['centos-7'] }, true],
    [{ kubernetes: ['any'], os: ['centos-7.2'], docker: ['any'] }, { os: ['centos-6'] }, false],
    [{ kubernetes: ['1.3'], os: ['any'], docker: ['any'] }, { cni: ['0.2+'] }, true],
  ])('%j meets %j: %s', (validity, versions, expected) => {
    expect(validityMeets(validity, versions)).toBe(expected);
  });
});
