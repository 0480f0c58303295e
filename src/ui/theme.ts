import type { NodeKind } from '../../machines/index.ts';

/** How each kind of node announces itself: a word first, so it reads the same with or without colour. */
export const KIND_BADGE: Record<NodeKind, { label: string; color: string }> = {
  question: { label: 'QUESTION', color: 'cyan' },
  info: { label: 'INFO', color: 'blue' },
  fix: { label: 'FIX', color: 'green' },
  doom: { label: 'DOOM', color: 'red' },
  ready: { label: 'READY', color: 'green' },
};
