import { chapters } from '../../machines/index.ts';
import { markdownToText, type ContentLibrary } from '../content/index.ts';
import type { Session } from '../session/index.ts';
import type { ProbeResult } from '../probes/index.ts';
import type { MenuItem } from '../view/menu.ts';
import { screenOf } from '../view/screen.ts';
import { probeWords, verdictLines, type EvidenceFit } from '../view/verdict.ts';

const rule = (text: string) => `== ${text} ==`;

/** One node as plain lines: kind, title and id, chapter, text, and the numbered choices. No colour, no redraws. */
export function plainScreen(session: Session, content: ContentLibrary): string {
  const screen = screenOf(session, content);
  const { node } = screen;
  const chapter = chapters.find((c) => c.id === node.chapter)!.title;
  const lines = [rule(`${node.kind.toUpperCase()}: ${screen.title} (${node.id})`), `Chapter: ${chapter}`, '', markdownToText(screen.markdown)];
  if (node.kind === 'question') {
    lines.push('', ...screen.menu.map((item) => `  ${item.key}. ${item.label}${item.choice ? ` [${item.choice}]` : ''}`));
  }
  // A doom's way back, one line per fork it offers, with the key that takes it.
  const ways = screen.menu.filter((item) => item.fork);
  if (ways.length) lines.push('', ...ways.map((item) => `  ${item.key}${item.key === 'b' ? '' : '.'} ${item.label} [${item.fork}]`));
  return `${lines.join('\n')}\n`;
}

/** Plain lines have room: three items of evidence, every line of each, one output line per item. */
const FIT: EvidenceFit = { items: 3, lines: Number.POSITIVE_INFINITY, joiner: ' / ' };

/** A probe's verdict as lines: status in words (no symbols, for screen readers), what it saw, its evidence, and the choice it suggests. */
export function plainProbe(result: ProbeResult, items: MenuItem[], session: Session, content: ContentLibrary): string {
  const verdict = verdictLines(result, FIT);
  const lines = [`Probe ${verdict.probe}: ${verdict.status}, ${verdict.observed}`];
  for (const item of verdict.evidence) lines.push(`  ${item.source}: ${item.excerpt}`);
  const words = probeWords(result, items, session, content, 'press Enter');
  if (words) lines.push(words);
  return `${lines.join('\n')}\n`;
}

export const PLAIN_HELP = `Type the number (or the id) of a choice and press Enter; an empty line accepts a probe's suggestion.
Other commands: b back to the previous fork, p N peek at choice N, r restart, w write a report (at an ending), q quit, ? this help.
`;
