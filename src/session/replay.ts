import { currentNode, proceed, startSession, take, type Session, type TrailStep } from './session.ts';

/**
 * Rebuilds a session from where it began and the steps it took, checking each step against the graph: a save,
 * or a browser history entry. Throws with the first step the graph no longer allows.
 */
export function replayTrail(startAt: string, trail: readonly TrailStep[]): Session {
  let session = startSession(startAt);
  for (const [index, step] of trail.entries()) {
    const here = currentNode(session).id;
    if (step.node !== here) throw new Error(`step ${index + 1} expects node '${step.node}' but the walk is at '${here}'`);
    const next = step.answer === undefined ? proceed(session) : take(session, step.answer, step.by ?? 'you', step.probe);
    if (next === session) throw new Error(`step ${index + 1} takes '${step.answer ?? 'continue'}', which '${here}' does not offer`);
    session = next;
  }
  return session;
}
