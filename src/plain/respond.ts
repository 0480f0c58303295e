import type { ContentLibrary } from '../content/index.ts';
import type { ProbeResult } from '../probes/index.ts';
import { noteOf } from '../probes/question-probes.ts';
import { atEnding, back, canGoBack, currentNode, restart, take, wayBack, type Session } from '../session/index.ts';
import { choicesOf, menu } from '../view/menu.ts';
import { peekAt } from '../view/peek.ts';
import { PLAIN_HELP } from './plain-screen.ts';
import { sanitizeLine } from '../text/sanitize.ts';

/** A line the user typed, quoted back: safe to print, and short. */
const quote = (line: string) => `'${sanitizeLine(line, 60)}'`;

/** What one line of input does: a new session, text to print, or a request to quit, report or probe again. */
export interface Response {
  session: Session;
  say?: string;
  quit?: boolean;
  report?: boolean;
  /** "I don't know" was picked: probe again, or explain how to check by hand. */
  dontKnow?: boolean;
}

/** A doom always has a way back (its fork, for a deep link); ready has the previous fork, if any. */
const canWayBack = (session: Session) => currentNode(session).kind === 'doom' || canGoBack(session);

/** The prompt for the node the session stands at. */
export function promptFor(session: Session, content: ContentLibrary): string {
  if (atEnding(session)) return `\nAt an ending. ${canWayBack(session) ? 'b back to the fork, ' : ''}w report, r restart, q quit: `;
  return `\nChoice [1-${menu(session, content).length}, or b, p N, r, q, ?]: `;
}

/** Takes a choice, noting the probe: the probe answered if its suggestion was taken, else the user did. */
const takeChoice = (session: Session, choice: string, probe?: ProbeResult): Session =>
  take(session, choice, probe?.suggests === choice ? 'probe' : 'you', probe && noteOf(probe));

/**
 * Interprets one line typed at a question or an ending; an empty line accepts the probe's suggestion.
 * Pure: the caller prints, saves, probes and writes.
 */
export function respond(session: Session, line: string, content: ContentLibrary, probe?: ProbeResult): Response {
  const [command = '', argument] = line.split(/\s+/);
  const ending = atEnding(session);
  const items = menu(session, content);
  switch (command) {
    case '':
      return !ending && probe?.suggests ? { session: takeChoice(session, probe.suggests, probe) } : { session };
    case 'q':
      return { session, quit: true };
    case '?':
    case 'help':
      return { session, say: PLAIN_HELP };
    case 'b': {
      // At a doom, its way back (answers before the fork kept); elsewhere the previous fork.
      const previous = currentNode(session).kind === 'doom' ? wayBack(session) : back(session);
      return previous !== session ? { session: previous } : { session, say: 'Nothing to go back to yet.\n' };
    }
    case 'r':
      return { session: restart(session) };
    case 'w':
      return ending ? { session, report: true } : { session, say: 'Reports are written at an ending.\n' };
    default:
      break;
  }
  if (ending) return { session, say: `${quote(line)} does nothing at an ending: type ${canWayBack(session) ? 'b, ' : ''}w, r or q.\n` };
  if (command === 'p') {
    const item = items[Number(argument) - 1];
    if (!item?.choice) return { session, say: `Peek at which choice? Type p and a number from 1 to ${choicesOf(items).length}.\n` };
    const { target, title, detail } = peekAt(session, item.choice!, content);
    return { session, say: `Peek: "${item.label}" leads to ${target.kind.toUpperCase()}: ${title} (${target.id})${detail ? `\n${detail}` : ''}\n` };
  }
  const item = items.find((candidate, index) => command === String(index + 1) || command === candidate.choice);
  if (!item) return { session, say: `${quote(line)} is not a choice here: type a number from 1 to ${items.length}, or ? for help.\n` };
  return item.dontKnow ? { session, dontKnow: true } : { session: takeChoice(session, item.choice!, probe) };
}
