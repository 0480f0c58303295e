import { nodes } from './graph.ts';
import type { GraphNode, NodeId } from './types.ts';

/** Every node a choice of this question can lead to, detours included. */
export function targetsOf(question: GraphNode): NodeId[] {
  if (question.kind !== 'question') return [];
  return question.choices.flatMap((choice) => [choice.target, ...(choice.detours ?? []).map((detour) => detour.target)]);
}

/** The questions whose choices lead straight to a node: for a doom, the forks to go back to. */
export const forksOf = (nodeId: NodeId): NodeId[] =>
  Object.values(nodes)
    .filter((node) => targetsOf(node).includes(nodeId))
    .map((node) => node.id);
