import type { ChoiceId, GraphNode, JourneyStep } from '../../machines/index.ts';
import { nodeById } from '../../machines/index.ts';
import { currentNode, type AnswerSource, type ProbeNote, type Session } from './session.ts';

export interface WalkStep {
  node: GraphNode;
  /** The choice taken at a question; info and fix nodes have none. */
  answer?: ChoiceId;
  by?: AnswerSource;
  probe?: ProbeNote;
}

/** A session seen as a finished (or paused) walk: the nodes passed, where it stands, the journey so far. */
export interface Walk {
  startAt: string;
  steps: WalkStep[];
  ending: GraphNode;
  journey: readonly JourneyStep[];
}

export const walkOf = (session: Session): Walk => ({
  startAt: session.startAt,
  steps: session.trail.map(({ node, answer, by, probe }) => ({ node: nodeById(node), ...(answer ? { answer, by } : {}), ...(probe ? { probe } : {}) })),
  ending: currentNode(session),
  journey: session.snapshot.context.journey,
});
