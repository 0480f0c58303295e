import { question } from '../node-builders.ts';
import type { ChapterDraft } from '../types.ts';

/** The way in: the whole build in order, or any one chapter. Built from the chapter list it points into. */
export const prologueChapter = <const T extends readonly [ChapterDraft, ...ChapterDraft[]]>(chapters: T) =>
  ({
    id: 'prologue',
    title: 'Prologue',
    entry: 'start',
    nodes: {
      start: question([
        { id: 'from-scratch', label: 'Build a node from scratch', target: chapters[0].entry as T[0]['entry'] },
        { id: 'jump-to-chapter', label: 'Jump to a chapter', target: 'pick-chapter' },
      ]),
      'pick-chapter': question(
        chapters.map((chapter): { id: T[number]['id']; label: string; target: T[number]['entry'] } => ({
          id: chapter.id,
          label: chapter.title,
          target: chapter.entry,
        })),
      ),
    },
  }) as const satisfies ChapterDraft;
