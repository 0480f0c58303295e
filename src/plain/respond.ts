import type { ContentLibrary } from '../content/index.ts';
import type { NodeId } from '../../machines/index.ts';
import { atEnding, canGoBack, currentNode, type ProbeNote, type Session } from '../session/index.ts';
import { intend, walkState, type Intent } from '../view/intents.ts';
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

/** The forks a doom's way back offers by number: more than one only at a deep link to a doom several forks lead to. */
const forkLines = (session: Session, content: ContentLibrary) => menu(session, content).filter((item) => item.fork);

/** What b does at an ending, in the prompt's words: nothing (no such words), back to the fork, or to one of several. */
function backWords(session: Session, content: ContentLibrary): string {
  const forks = forkLines(session, content);
  if (forks.length > 1) return `1-${forks.length} back to that fork (b the first), `;
  return forks.length === 1 || canGoBack(session) ? 'b back to the fork, ' : '';
}

/** The prompt for the node the session stands at. */
export function promptFor(session: Session, content: ContentLibrary): string {
  if (atEnding(session)) return `\nAt an ending. ${backWords(session, content)}w report, r restart, q quit: `;
  return `\nChoice [1-${menu(session, content).length}, or b, p N, r, q, ?]: `;
}

/**
 * Interprets one line typed at a question or an ending; an empty line accepts the probe's suggestion. `probes`
 * holds what each question's probe said, so that taking a suggestion credits the probe.
 * Pure: the caller prints, saves, probes and writes.
 */
export function respond(session: Session, line: string, content: ContentLibrary, probes?: ReadonlyMap<NodeId, ProbeNote>): Response {
  const [command = '', argument] = line.split(/\s+/);
  const go = (intent: Intent) => intend(walkState(session, probes), intent, content).session;
  const ending = atEnding(session);
  const items = menu(session, content);
  switch (command) {
    case '':
      return { session: go({ type: 'accept' }) };
    case 'q':
      return { session, quit: true };
    case '?':
    case 'help':
      return { session, say: PLAIN_HELP };
    case 'b': {
      // At a doom, its way back (answers before the fork kept); elsewhere the previous fork.
      const previous = go({ type: 'back' });
      return previous !== session ? { session: previous } : { session, say: 'Nothing to go back to yet.\n' };
    }
    case 'r':
      return { session: go({ type: 'restart' }) };
    case 'w':
      return ending ? { session, report: true } : { session, say: 'Reports are written at an ending.\n' };
    default:
      break;
  }
  if (ending) {
    const fork = forkLines(session, content).findIndex((item) => item.key === command);
    if (fork >= 0) return { session: go({ type: 'pick', index: fork }) };
    return { session, say: `${quote(line)} does nothing at an ending: type ${backWords(session, content).replace(/ back to.*?, $/, ', ')}w, r or q.\n` };
  }
  if (command === 'p') {
    const item = items[Number(argument) - 1];
    if (!item?.choice) return { session, say: `Peek at which choice? Type p and a number from 1 to ${choicesOf(items).length}.\n` };
    const { target, title, detail } = peekAt(session, item.choice!, content);
    return { session, say: `Peek: "${item.label}" leads to ${target.kind.toUpperCase()}: ${title} (${target.id})${detail ? `\n${detail}` : ''}\n` };
  }
  const item = items.find((candidate, index) => command === String(index + 1) || command === candidate.choice);
  if (!item) return { session, say: `${quote(line)} is not a choice here: type a number from 1 to ${items.length}, or ? for help.\n` };
  return item.dontKnow ? { session, dontKnow: true } : { session: go({ type: 'take', choice: item.choice! }) };
}
