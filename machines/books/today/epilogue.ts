import { info, ready } from '../../node-builders.ts';
import type { ChapterSpec } from '../../types.ts';

export const todayEpilogueChapter: ChapterSpec = {
  id: 'today-epilogue',
  title: 'Epilogue',
  entry: 'today-epilogue',
  nodes: {
    'today-epilogue': info('today-ready'),
    'today-ready': ready(),
  },
};
