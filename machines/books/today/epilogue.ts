import { info, ready } from '../../node-builders.ts';
import type { TodayChapter } from './builders.ts';

export const todayEpilogueChapter: TodayChapter = {
  id: 'today-epilogue',
  title: 'Epilogue',
  entry: 'today-epilogue',
  nodes: {
    'today-epilogue': info('today-ready'),
    'today-ready': ready(),
  },
};
