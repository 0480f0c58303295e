/** Levenshtein distance, for "did you mean" on mistyped ids. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The closest known id, when it is close enough to be a typo. */
export function closest(word: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of known) {
    // The distance is at least the difference in length: a 50 MB typo is never worth the quadratic comparison.
    if (Math.abs(word.length - candidate.length) >= bestDistance) continue;
    const d = distance(word, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/**
 * The known ids a mistyped one may have meant, at most `max`: those it begins (`bridge` → `bridge-netfilter`,
 * shortest first), the closest by edit distance (a typo), then those containing it (`netfilter` →
 * `persist-bridge-netfilter`). Prefixes need two characters and substrings three, so `b` suggests nothing.
 */
export function suggestions(word: string, known: readonly string[], max = 3): string[] {
  const lower = word.toLowerCase();
  const byLength = (a: string, b: string) => a.length - b.length || a.localeCompare(b);
  const prefix = lower.length >= 2 ? known.filter((id) => id.startsWith(lower) && id !== lower).sort(byLength) : [];
  const near = closest(lower, known);
  const inside = lower.length >= 3 ? known.filter((id) => !id.startsWith(lower) && id.includes(lower)).sort(byLength) : [];
  return [...new Set([...prefix.slice(0, 1), ...(near ? [near] : []), ...prefix.slice(1), ...inside])].slice(0, max);
}

const quoted = (ids: readonly string[]) =>
  ids.length === 1 ? `'${ids[0]}'` : `${ids.slice(0, -1).map((id) => `'${id}'`).join(', ')} or '${ids.at(-1)}'`;

export const didYouMean = (word: string, known: readonly string[]): string => {
  const guesses = suggestions(word, known);
  return guesses.length ? ` (did you mean ${quoted(guesses)}?)` : '';
};
