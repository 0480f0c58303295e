import { forksOf, peek } from '../../machines/index.ts';
import { currentNode, startSession, type Session } from './session.ts';

/**
 * A doom's way back: the fork on this walk whose choice led to it, with every answer given before that fork
 * kept, so the walk resumes as it was (a Debian reader sent back to the storage fork is not asked for a CentOS
 * release). Reached by a deep link, with no fork behind it, the way back is the doom's own fork, fresh.
 */
export function wayBack(session: Session): Session {
  const doom = currentNode(session);
  if (doom.kind !== 'doom') return session;
  for (let index = session.forks.length - 1; index >= 0; index--) {
    const fork = session.forks[index]!;
    const question = currentNode({ ...session, snapshot: fork.snapshot });
    if (question.kind !== 'question') continue;
    if (question.choices.some((choice) => peek(fork.snapshot, choice.id).id === doom.id)) {
      return { ...session, snapshot: fork.snapshot, trail: session.trail.slice(0, fork.trailLength), forks: session.forks.slice(0, index) };
    }
  }
  const fork = forksOf(doom.id)[0];
  return fork ? startSession(fork) : session;
}
