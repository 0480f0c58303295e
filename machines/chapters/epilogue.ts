import { info, ready } from '../node-builders.ts';
import type { ChapterSpec } from '../types.ts';

export const epilogueChapter: ChapterSpec = {
  id: 'epilogue',
  title: 'Epilogue',
  entry: 'epilogue',
  nodes: {
    epilogue: info('ready'),
    ready: ready(),
  },
};
