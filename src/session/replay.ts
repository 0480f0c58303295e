import { isChoiceOf, isNodeId } from '../../machines/index.ts';
import { currentNode, proceed, startSession, take, type AnswerSource, type ProbeNote, type Session } from './session.ts';

/** A step as a save file or a browser history entry holds it: its ids are text until the graph accepts them. */
export interface StoredStep {
  node: string;
  answer?: string;
  by?: AnswerSource;
  probe?: Omit<ProbeNote, 'suggested'> & { suggested?: string };
}

/**
 * Rebuilds a session from where it began and the steps it took, checking each step against the graph: a save,
 * or a browser history entry. The one place a stored walk's ids are narrowed to the graph's (isNodeId,
 * isChoiceOf). Throws with the first step the graph no longer allows.
 */
export function replayTrail(startAt: string, trail: readonly StoredStep[]): Session {
  if (!isNodeId(startAt)) throw new Error(`it starts at '${startAt}', which is no node of this graph`);
  let session = startSession(startAt);
  for (const [index, step] of trail.entries()) {
    const here = currentNode(session);
    if (step.node !== here.id) throw new Error(`step ${index + 1} expects node '${step.node}' but the walk is at '${here.id}'`);
    const { answer, probe } = step;
    if (answer === undefined) {
      session = proceed(session);
      if (currentNode(session) === here) throw new Error(`step ${index + 1} takes 'continue', which '${here.id}' does not offer`);
      continue;
    }
    if (!isChoiceOf(here, answer)) throw new Error(`step ${index + 1} takes '${answer}', which '${here.id}' does not offer`);
    const suggested = probe?.suggested;
    if (suggested !== undefined && !isChoiceOf(here, suggested)) {
      throw new Error(`step ${index + 1}'s probe suggests '${suggested}', which '${here.id}' does not offer`);
    }
    session = take(session, answer, step.by ?? 'you', probe && { ...probe, suggested });
  }
  return session;
}
