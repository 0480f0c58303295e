import { nodes } from './graph.ts';
import type { NodeId, NodeSpec } from './types.ts';

/** Every node a choice of this question can lead to, detours included (of any book's node). */
export function targetsOf<N extends string = NodeId>(question: NodeSpec<N, string, string>): N[] {
  if (question.kind !== 'question') return [];
  return question.choices.flatMap((choice) => [choice.target, ...(choice.detours ?? []).map((detour) => detour.target)]);
}

/** The questions whose choices lead straight to a node: for a doom, the forks to go back to. */
export const forksOf = (nodeId: NodeId): NodeId[] =>
  Object.values(nodes)
    .filter((node) => targetsOf(node).includes(nodeId))
    .map((node) => node.id);
