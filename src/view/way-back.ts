import type { NodeId } from '../../machines/index.ts';
import type { ContentLibrary } from '../content/node-content.ts';
import { canGoBack, currentNode, type Session } from '../session/session.ts';
import { forksBack } from '../session/way-back.ts';

/** Where a doom's way back leads: its forks (one when walked here), their titles, and how the user came. */
export interface WayBack {
  /** The first fork: where b (or the player's one button) goes. */
  fork: NodeId;
  title: string;
  /** Every fork the doom can be left for, the first one included: a deep link to a doom with several lists each. */
  forks: { id: NodeId; title: string }[];
  /** The user took the fatal choice on this walk, so the way back returns to a fork they saw. */
  walked: boolean;
}

/** A doom's way back, when there is one that leads somewhere else; none for any other node. */
export function wayBackOf(session: Session, content: ContentLibrary): WayBack | undefined {
  const node = currentNode(session);
  if (node.kind !== 'doom') return undefined;
  const forks = forksBack(session)
    .filter((id) => id !== node.id)
    .map((id) => ({ id, title: content.get(id)!.title }));
  const [first] = forks;
  return first ? { fork: first.id, title: first.title, forks, walked: canGoBack(session) } : undefined;
}
