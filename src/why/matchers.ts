import type { NodeId } from '../../machines/index.ts';
import type { ContentLibrary, Symptom } from '../content/index.ts';
import { sanitize } from '../text/sanitize.ts';

/** One symptom, ready to test a normalised line: its wordings as needles, its pattern compiled. */
export interface SymptomMatcher {
  node: NodeId;
  symptom: Symptom;
  needles: string[];
  pattern?: RegExp;
}

/**
 * A line as `why` compares it: escape sequences gone (colour from journalctl or kubectl), case folded, runs of
 * white space as one space, so "loaded   failed" and "LOADED failed" compare equal.
 */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
export const normalize = (text: string): string => (CONTROL.test(text) ? sanitize(text) : text).toLowerCase().replace(/\s+/g, ' ').trim();

export function buildMatchers(content: ContentLibrary): SymptomMatcher[] {
  return [...content.values()].flatMap((words) =>
    words.symptoms.map((symptom) => ({
      node: words.id,
      symptom,
      needles: [symptom.line, ...symptom.variants].map(normalize),
      ...(symptom.pattern ? { pattern: new RegExp(symptom.pattern, 'i') } : {}),
    })),
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every needle and pattern as one expression: most log lines match none, and one test rules them out before
 * each symptom is tried on its own.
 */
export const prefilter = (matchers: readonly SymptomMatcher[]): RegExp =>
  new RegExp(matchers.flatMap((matcher) => [...matcher.needles.map(escape), ...(matcher.pattern ? [`(?:${matcher.pattern.source})`] : [])]).join('|'), 'i');

/** The matchers a normalised line satisfies. */
export const matching = (matchers: readonly SymptomMatcher[], line: string): SymptomMatcher[] =>
  matchers.filter((matcher) => matcher.needles.some((needle) => line.includes(needle)) || matcher.pattern?.test(line));
