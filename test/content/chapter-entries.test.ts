import { describe, expect, it } from 'vitest';
import { chapters } from '../../machines/index.ts';
import { readContent } from '../../src/content/index.ts';

const content = readContent();

/**
 * Words that lean on a chapter before: a chapter's first node is a deep link's landing page (`--start-at`, the
 * prologue's chapter list, `why`), so its prose must read as a beginning. The epilogue sums up the walk on purpose.
 */
const LEANS_BACK = /\b(another complaint|so far|as before|once again|the last chapter|the previous chapter|earlier chapters?)\b/i;

/** The prose before the first "## " heading: what a reader sees first. */
const opening = (markdown: string) => markdown.split(/^## /m)[0]!;

describe("each chapter's first node stands alone when entered directly", () => {
  it.each(chapters.filter((chapter) => chapter.id !== 'epilogue').map((chapter) => [chapter.id, chapter.entry] as const))('%s (%s)', (_, entry) => {
    expect(opening(content.get(entry)!.markdown)).not.toMatch(LEANS_BACK);
  });
});
