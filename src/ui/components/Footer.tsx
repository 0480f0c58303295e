import { Text } from 'ink';
import { rowsOf } from '../layout.ts';

/** Names the keys that work here (the view-model's key hints): only those. */
export function Footer({ text }: { text: string }) {
  return <Text dimColor>{text}</Text>;
}

/** Rows the footer takes at this width. */
export const footerRows = (text: string, width: number): number => rowsOf(text, width);
