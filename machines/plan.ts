import { nodes } from './graph.ts';
import type { Answer, JourneyStep, NodeId } from './types.ts';

/** The plan for a node: what was decided and which fixes were applied, each in the order met. */
export interface Plan {
  decisions: Answer[];
  fixes: NodeId[];
}

export function planOf(journey: readonly JourneyStep[]): Plan {
  return {
    decisions: journey.flatMap((step) => (step.choice === undefined ? [] : [{ question: step.node, choice: step.choice }])),
    fixes: journey.filter((step) => nodes[step.node]?.kind === 'fix').map((step) => step.node),
  };
}
