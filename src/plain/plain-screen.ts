import { chapters } from '../../machines/index.ts';
import { markdownToText, type ContentLibrary } from '../content/index.ts';
import type { Session } from '../session/index.ts';
import type { ProbeResult } from '../probes/index.ts';
import type { MenuItem } from '../view/menu.ts';
import { screenOf } from '../view/screen.ts';

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
  return `${lines.join('\n')}\n`;
}

/** A probe's verdict as lines: status in words, what it saw, its evidence, and the choice it suggests. */
export function plainProbe(result: ProbeResult, items: MenuItem[]): string {
  const lines = [`Probe ${result.id}: ${result.status}, ${result.observed}`];
  for (const item of result.evidence.slice(0, 3)) lines.push(`  ${item.source}: ${item.excerpt.split('\n').join(' / ')}`);
  const suggested = items.find((item) => item.choice === result.suggests);
  if (suggested) lines.push(`Suggests ${suggested.key}. ${suggested.label}: press Enter to accept, or pick another choice.`);
  return `${lines.join('\n')}\n`;
}

export const PLAIN_HELP = `Type the number (or the id) of a choice and press Enter; an empty line accepts a probe's suggestion.
Other commands: b back to the previous fork, p N peek at choice N, r restart, w write a report (at an ending), q quit, ? this help.
`;
