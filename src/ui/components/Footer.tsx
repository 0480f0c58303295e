import { Text } from 'ink';
import { rowsOf } from '../layout.ts';
import type { NodeKind } from '../../../machines/index.ts';

const KEYS: Record<NodeKind, string> = {
  question: '↑↓/jk move · 1-9 select · enter take · p peek · b back · r restart · q quit',
  info: 'enter continue · b back · r restart · q quit',
  fix: 'enter continue · b back · r restart · q quit',
  doom: 'b back to the fork · w report · r restart · q quit',
  ready: 'w report · b back · r restart · q quit',
};

export const footerText = (kind: NodeKind, scrollable: boolean): string =>
  scrollable ? `space/pgup scroll · ${KEYS[kind]}` : KEYS[kind];

/** Names the keys that work here; scrolling only when there is more text than fits. */
export function Footer({ kind, scrollable }: { kind: NodeKind; scrollable: boolean }) {
  return <Text dimColor>{footerText(kind, scrollable)}</Text>;
}

/** Rows the footer takes, measured with the scroll keys, the longer form, so the body never pushes it off. */
export const footerRows = (kind: NodeKind, width: number): number => rowsOf(footerText(kind, true), width);
