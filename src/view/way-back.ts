import type { NodeId } from '../../machines/index.ts';
import type { ContentLibrary } from '../content/node-content.ts';
import { canGoBack, currentNode, type Session } from '../session/session.ts';
import { wayBack } from '../session/way-back.ts';

/** Where a doom's way back leads: the fork, its title, and whether the user walked here or came by a deep link. */
export interface WayBack {
  fork: NodeId;
  title: string;
  /** The user took the fatal choice on this walk, so the way back returns to a fork they saw. */
  walked: boolean;
}

/** A doom's way back, when there is one that leads somewhere else; none for any other node. */
export function wayBackOf(session: Session, content: ContentLibrary): WayBack | undefined {
  const node = currentNode(session);
  if (node.kind !== 'doom') return undefined;
  const fork = currentNode(wayBack(session));
  return fork.id === node.id ? undefined : { fork: fork.id, title: content.get(fork.id)!.title, walked: canGoBack(session) };
}
