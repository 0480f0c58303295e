import { question } from './builders.ts';
import type { TodayChapter } from './builders.ts';

/** The today book's way in: the whole bring-up in order, or any one chapter. Built from the chapters it points into. */
export const todayPrologueChapter = (chapters: readonly TodayChapter[]): TodayChapter => ({
  id: 'today-prologue',
  title: 'Prologue',
  entry: 'today-start',
  nodes: {
    'today-start': question([
      { id: 'from-scratch', label: 'Bring up a node from scratch', target: chapters[0]!.entry },
      { id: 'jump-to-chapter', label: 'Jump to a chapter', target: 'today-pick-chapter' },
    ]),
    'today-pick-chapter': question(chapters.map((chapter) => ({ id: chapter.id, label: chapter.title, target: chapter.entry }))),
  },
});
