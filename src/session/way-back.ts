import { forksOf, peek, type NodeId } from '../../machines/index.ts';
import { currentNode, startSession, type Session } from './session.ts';

/** Where on this walk the fork that led to the doom was: its index in `session.forks`, or -1 (a deep link). */
function walkedForkIndex(session: Session): number {
  const doom = currentNode(session);
  for (let index = session.forks.length - 1; index >= 0; index--) {
    const fork = session.forks[index]!;
    const question = currentNode({ ...session, snapshot: fork.snapshot });
    if (question.kind !== 'question') continue;
    if (question.choices.some((choice) => peek(fork.snapshot, choice.id).id === doom.id)) return index;
  }
  return -1;
}

/**
 * The forks a doom's way back can lead to: the one on this walk whose choice led here, or, reached by a deep
 * link, every question with a choice that leads here (a doom reached from several forks offers each).
 */
export function forksBack(session: Session): NodeId[] {
  const doom = currentNode(session);
  if (doom.kind !== 'doom') return [];
  const index = walkedForkIndex(session);
  return index >= 0 ? [currentNode({ ...session, snapshot: session.forks[index]!.snapshot }).id] : forksOf(doom.id);
}

/**
 * A doom's way back: the fork on this walk whose choice led to it, with every answer given before that fork
 * kept, so the walk resumes as it was (a Debian reader sent back to the storage fork is not asked for a CentOS
 * release). Reached by a deep link, with no fork behind it, the way back is one of the doom's own forks, fresh:
 * `fork` when it names one, else the first.
 */
export function wayBack(session: Session, fork?: NodeId): Session {
  if (currentNode(session).kind !== 'doom') return session;
  const index = walkedForkIndex(session);
  if (index >= 0) {
    const at = session.forks[index]!;
    return { ...session, snapshot: at.snapshot, trail: session.trail.slice(0, at.trailLength), forks: session.forks.slice(0, index) };
  }
  const forks = forksBack(session);
  const to = fork !== undefined && forks.includes(fork) ? fork : forks[0];
  return to ? startSession(to) : session;
}
