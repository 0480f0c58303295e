import { chapters, isNodeId, nodes, type NodeId, type NodeKind } from '../../machines/index.ts';
import type { ContentLibrary } from '../content/node-content.ts';
import { sanitize } from '../text/sanitize.ts';
import { searchDocuments } from './search-documents.ts';
import { createSearch } from './search.ts';

/** A node whose words fit free text: offered, never counted as a match. Public (`why --json`). */
export interface WhySuggestion {
  id: string;
  kind: NodeKind;
  title: string;
  chapter: { id: string; title: string; command: string };
  command: string;
  /** The node's words that fit the text. */
  terms: string[];
  score: number;
}

/** A chapter and one line that points into it, for input nothing fits. Public (`why --json`). */
export interface ChapterHint {
  id: string;
  title: string;
  command: string;
  /** One symptom of the chapter's nodes, as a hint of what it covers. */
  hint?: string;
}

/** Free text this long or shorter is searched by its words; a longer log that matched nothing gets the chapters. */
export const SEARCHED_LINES = 3;

const chapterOf = (id: NodeId) => chapters.find((chapter) => chapter.id === nodes[id]!.chapter)!;

export function suggestionsFor(text: string, content: ContentLibrary): WhySuggestion[] {
  const hits = createSearch(searchDocuments(content))(text, 5);
  // A suggestion much weaker than the best is noise: keep those within a quarter of the best score.
  const floor = (hits[0]?.score ?? 0) / 4;
  return hits
    .filter((hit) => hit.score >= floor)
    .map((hit) => {
      const chapter = chapterOf(hit.id);
      return {
        id: hit.id,
        kind: nodes[hit.id]!.kind,
        title: content.get(hit.id)?.title ?? hit.id,
        chapter: { id: chapter.id, title: chapter.title, command: `k8s-adventure --start-at ${chapter.entry}` },
        command: `k8s-adventure --start-at ${hit.id}`,
        terms: hit.terms,
        score: hit.score,
      };
    });
}

export const chapterHints = (content: ContentLibrary): ChapterHint[] =>
  chapters
    .filter((chapter) => chapter.id !== 'prologue')
    .map((chapter) => {
      // A line a user would recognise: the chapter's first symptom of some length, else what its first doom does.
      const ids = Object.keys(chapter.nodes).filter(isNodeId);
      const line = ids.flatMap((id) => content.get(id)?.symptoms ?? []).find((symptom) => symptom.line.length >= 20)?.line;
      const doom = ids.find((id) => nodes[id]?.kind === 'doom');
      const hint = line ?? (doom ? content.get(doom)?.title : undefined);
      return { id: chapter.id, title: chapter.title, command: `k8s-adventure --start-at ${chapter.entry}`, ...(hint ? { hint } : {}) };
    });

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** What `why` prints when no symptom matched: the closest nodes by their words, else every chapter. */
export function renderFallback(lines: number, suggestions: readonly WhySuggestion[], hints: readonly ChapterHint[]): string {
  const out = [`k8s-adventure why: nothing in ${plural(lines, 'line')} matches a known symptom`];
  if (suggestions.length) {
    out.push('', 'The closest nodes by their words (a guess, not a match):');
    suggestions.forEach((suggestion, index) => {
      out.push(
        '',
        `${index + 1}. ${suggestion.title} (${suggestion.kind}: ${suggestion.id})`,
        `   matched: ${suggestion.terms.join(', ')}`,
        `   → ${suggestion.command}`,
        `   chapter ${suggestion.chapter.title}: ${suggestion.chapter.command}`,
      );
    });
  } else {
    out.push('', 'Start from the chapter it belongs to:', '');
    const width = Math.max(...hints.map((hint) => hint.command.length));
    for (const hint of hints) out.push(`  ${hint.command.padEnd(width)}  ${hint.title}${hint.hint ? `, e.g. "${sanitize(hint.hint)}"` : ''}`);
  }
  return `${out.join('\n')}\n`;
}
