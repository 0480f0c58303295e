import type { NodeId } from '../../machines/index.ts';
import { SYNONYMS, type SearchDocument } from './search-documents.ts';

/**
 * Free text that matches no symptom ("ClusterIP unreachable after reboot") searched over every node's title,
 * symptoms and what they mean. Hand-written rather than minisearch: over ~55 short documents it does the same job
 * (BM25 with field boosts, prefix and typo tolerance) in 1 KB instead of 18 KB minified, and started about twice
 * as fast when measured (README, "why: start from a symptom").
 */

export interface SearchHit {
  id: NodeId;
  score: number;
  /** The words of the node that matched, for "matched: …". */
  terms: string[];
}

const FIELDS = { title: 2, symptoms: 1, means: 1 } as const;
type Field = keyof typeof FIELDS;

/** Words that say nothing about a problem. */
const STOP = new Set(['all', 'any', 'but', 'this', 'that', 'have', 'has', 'was', 'were', 'still', 'our', 'we', 'me', 'a', 'an', 'and', 'are', 'as', 'at', 'be', 'by', 'for', 'from', 'in', 'is', 'it', 'my', 'of', 'on', 'or', 'the', 'to', 'with', 'after', 'when', 'not', 'no', 'does', 'doesn', 'can', 'cannot', 'why', 'get', 'gets', 'got']);

export const words = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 1 && !STOP.has(word));

/** Edit distance, stopping early once it exceeds `max`. */
function within(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, current[j]!);
    }
    if (best > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Typos allowed in a word: none in a short one, where one edit makes another word. */
const typos = (word: string) => (word.length >= 8 ? 2 : word.length >= 4 ? 1 : 0);

/** How well a query word fits an indexed word: 1 exact, less for a prefix or a typo, 0 not at all. */
function fit(query: string, word: string): number {
  if (query === word) return 1;
  if (query.length >= 3 && word.startsWith(query)) return 0.6;
  const distance = within(query, word, typos(query));
  return distance <= typos(query) ? 0.7 / distance : 0;
}

export function createSearch(documents: readonly SearchDocument[]) {
  const index = documents.map((doc) => Object.fromEntries(Object.keys(FIELDS).map((field) => [field, words(doc[field as Field])])) as Record<Field, string[]>);
  const frequency = new Map<string, number>();
  for (const doc of index) for (const word of new Set(Object.values(doc).flat())) frequency.set(word, (frequency.get(word) ?? 0) + 1);
  const average = Object.fromEntries(Object.keys(FIELDS).map((field) => [field, index.reduce((sum, doc) => sum + doc[field as Field].length, 0) / Math.max(1, index.length)])) as Record<Field, number>;
  const idf = (word: string) => Math.log(1 + (index.length - frequency.get(word)! + 0.5) / (frequency.get(word)! + 0.5));

  /** The nodes whose words fit the query, best first. Each query word counts once per node, by its best fit. */
  return (query: string, limit = 5): SearchHit[] => {
    const terms = [...new Set(words(query).flatMap((word) => [word, ...(SYNONYMS[word] ?? [])]))];
    const scores = new Map<number, { score: number; terms: Set<string> }>();
    for (const term of terms) {
      const fits = [...frequency.keys()].map((word) => [word, fit(term, word)] as const).filter(([, weight]) => weight > 0);
      index.forEach((doc, position) => {
        let best = 0;
        let bestWord = '';
        for (const [word, weight] of fits) {
          for (const field of Object.keys(FIELDS) as Field[]) {
            const count = doc[field].filter((candidate) => candidate === word).length;
            if (!count) continue;
            // BM25 (k1 1.2, b 0.75) per field, boosted by field.
            const tf = (count * 2.2) / (count + 1.2 * (0.25 + (0.75 * doc[field].length) / average[field]));
            const score = FIELDS[field] * weight * idf(word) * tf;
            if (score > best) [best, bestWord] = [score, word];
          }
        }
        if (!best) return;
        const entry = scores.get(position) ?? { score: 0, terms: new Set<string>() };
        entry.score += best;
        entry.terms.add(bestWord);
        scores.set(position, entry);
      });
    }
    return [...scores]
      .sort((a, b) => b[1].score - a[1].score || a[0] - b[0])
      .slice(0, limit)
      .map(([position, { score, terms: found }]) => ({ id: documents[position]!.id, score: Math.round(score * 100) / 100, terms: [...found] }));
  };
}
