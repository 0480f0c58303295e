import {
  advance,
  CONTINUE,
  isEnding,
  nodeOf,
  snapshotAt,
  START,
  type ChoiceId,
  type GraphNode,
  type JourneyStep,
  type NodeId,
} from '../../machines/index.ts';
import { UsageError } from '../cli/usage-error.ts';
import type { Answers } from './answers.ts';
import { choiceIds } from './answers.ts';

export interface WalkStep {
  node: GraphNode;
  /** The choice taken at a question; info and fix nodes have none. */
  answer?: ChoiceId;
}

export interface Walk {
  steps: WalkStep[];
  ending: GraphNode;
  journey: readonly JourneyStep[];
}

/**
 * Walks the graph from a node with the answers given, through info and fix nodes, to an ending. Graph paths
 * have no cycles, so a walk always ends; a question without an answer stops it with a UsageError.
 */
export function walkAnswers(answers: Answers, startAt: NodeId = START): Walk {
  let snapshot = snapshotAt(startAt);
  const steps: WalkStep[] = [];
  for (let node = nodeOf(snapshot); !isEnding(node); node = nodeOf(snapshot)) {
    let event: string = CONTINUE;
    if (node.kind === 'question') {
      const answer = answers[node.id];
      if (answer === undefined) {
        throw new UsageError(`no answer for question '${node.id}'; add "${node.id}": one of ${choiceIds(node).join(', ')}`);
      }
      event = answer;
    }
    steps.push(node.kind === 'question' ? { node, answer: event } : { node });
    snapshot = advance(snapshot, event);
  }
  return { steps, ending: nodeOf(snapshot), journey: snapshot.context.journey };
}
