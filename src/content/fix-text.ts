import wrapAnsi from 'wrap-ansi';
import type { Remedy } from './fix-of.ts';
import { style as makeStyle, type Style } from '../text/style.ts';

/** Prose wrapped to `width` with a hanging indent: the first line after `first`, the rest after `rest`. */
export function hang(text: string, first: string, rest: string, width: number): string[] {
  if (!Number.isFinite(width)) return [first + text];
  // One width for every line (wrap-ansi has no first-line width): the longer prefix decides it.
  const room = Math.max(20, width - Math.max(first.length, rest.length));
  const lines = wrapAnsi(text, room, { hard: false, trim: true }).split('\n');
  return lines.map((line, index) => (index === 0 ? first : rest) + line);
}

/**
 * A problem's fix as lines: each remedy's title and how to reach it, then its commands. Commands are printed
 * flush left and never wrapped or indented: a here-document's body and terminator must paste exactly as written.
 */
export function remedyLines(remedies: readonly Remedy[], indent: string, width: number, style: Style = makeStyle(false)): string[] {
  if (!remedies.length) return [];
  const out: string[] = [];
  const many = remedies.length > 1;
  if (many) out.push(`${indent}${style.bold('fix')}, one of:`);
  for (const remedy of remedies) {
    const head = many ? `${indent}  - ` : `${indent}${style.bold('fix')}: `;
    const rest = many ? `${indent}    ` : `${indent}     `;
    const via = remedy.via ? ` ("${remedy.via.label}" at ${remedy.via.fork})` : '';
    if (remedy.kind === 'walk') {
      out.push(...hang(`walk it from ${remedy.title} (${remedy.id})${via}: ${style.cyan(remedy.command)}`, head, rest, width));
      continue;
    }
    out.push(...hang(`${remedy.title} (${remedy.id})${via}`, head, rest, width));
    for (const block of remedy.blocks) {
      if (block.os) out.push(`${rest}${style.dim(`on ${block.os.join(', ')}:`)}`);
      for (const command of block.commands) out.push(style.cyan(command));
    }
  }
  return out;
}
