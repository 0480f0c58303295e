import type { ContentLibrary } from '../content/index.ts';
import { atEnding, back, canGoBack, restart, take, type Session } from '../session/index.ts';
import { menu, peekAt } from '../ui/screen.ts';
import { PLAIN_HELP } from './plain-screen.ts';

/** What one line of input does: a new session, text to print, a request to quit or to write a report. */
export interface Response {
  session: Session;
  say?: string;
  quit?: boolean;
  report?: boolean;
}

/** The prompt for the node the session stands at. */
export function promptFor(session: Session, content: ContentLibrary): string {
  if (atEnding(session)) return `\nAt an ending. ${canGoBack(session) ? 'b back to the fork, ' : ''}w report, r restart, q quit: `;
  return `\nChoice [1-${menu(session, content).length}, or b, p N, r, q, ?]: `;
}

/** Interprets one line typed at a question or an ending. Pure: the caller prints, saves and writes. */
export function respond(session: Session, line: string, content: ContentLibrary): Response {
  const [command = '', argument] = line.split(/\s+/);
  const ending = atEnding(session);
  const items = menu(session, content);
  switch (command) {
    case '':
      return { session };
    case 'q':
      return { session, quit: true };
    case '?':
    case 'help':
      return { session, say: PLAIN_HELP };
    case 'b':
      return canGoBack(session) ? { session: back(session) } : { session, say: 'Nothing to go back to yet.\n' };
    case 'r':
      return { session: restart(session) };
    case 'w':
      return ending ? { session, report: true } : { session, say: 'Reports are written at an ending.\n' };
    default:
      break;
  }
  if (ending) return { session, say: `'${line}' does nothing at an ending: type ${canGoBack(session) ? 'b, ' : ''}w, r or q.\n` };
  if (command === 'p') {
    const item = items[Number(argument) - 1];
    if (!item) return { session, say: `Peek at which choice? Type p and a number from 1 to ${items.length}.\n` };
    const { target, title, detail } = peekAt(session, item.choice!, content);
    return { session, say: `Peek: "${item.label}" leads to ${target.kind.toUpperCase()}: ${title} (${target.id})${detail ? `\n${detail}` : ''}\n` };
  }
  const item = items.find((candidate, index) => command === String(index + 1) || command === candidate.choice);
  if (!item) return { session, say: `'${line}' is not a choice here: type a number from 1 to ${items.length}, or ? for help.\n` };
  return { session: take(session, item.choice!) };
}
