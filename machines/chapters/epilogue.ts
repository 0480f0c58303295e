import { info, ready } from '../node-builders.ts';
import type { ChapterDraft } from '../types.ts';

export const epilogueChapter = {
  id: 'epilogue',
  title: 'Epilogue',
  entry: 'epilogue',
  nodes: {
    epilogue: info('ready'),
    ready: ready(),
  },
} as const satisfies ChapterDraft;
