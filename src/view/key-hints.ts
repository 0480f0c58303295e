import { canGoBack, currentNode, type Session } from '../session/session.ts';
import type { Screen } from './screen.ts';

/**
 * The keys that work on this screen, in a terminal's words, and only those: b where there is something to go back
 * to, a digit for each line that takes one. Scrolling and sideways scrolling only when there is more to see.
 */
export function keyHints(screen: Screen, session: Session, more: { scroll: boolean; sideways: boolean }): string {
  const { node, menu, wayBack } = screen;
  const back = canGoBack(session) ? ['b back'] : [];
  const digits = (count: number) => (count > 1 ? `1-${count}` : '1');
  const own: Record<typeof node.kind, string[]> = {
    question: ['↑↓/jk move', `${digits(menu.length)} take`, 'enter take the highlighted', 'p peek', ...back],
    info: ['enter continue', ...back],
    fix: ['enter continue', ...back],
    doom: [...(wayBack ? [wayBack.forks.length > 1 ? `${digits(wayBack.forks.length)} back to a fork (b the first)` : 'b back to the fork'] : []), 'w report'],
    ready: ['w report', ...back],
  };
  return [
    ...(more.scroll ? ['space/pgup scroll'] : []),
    ...(more.sideways ? ['→/← scroll code'] : []),
    ...own[currentNode(session).kind],
    'r restart',
    'q quit',
  ].join(' · ');
}
