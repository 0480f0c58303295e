import { START } from './graph.ts';
import { advance, eventsAt, isEnding, nodeOf, snapshotAt, type WalkthroughSnapshot } from './navigate.ts';
import type { Answer, NodeId } from './types.ts';

/** One way through the graph: the answers given, in order, and the ending they reach. */
export interface GraphPath {
  answers: Answer[];
  ending: NodeId;
}

/**
 * Every path from a node to every ending, depth first in choice order. Walked with the machine itself, so
 * detours that depend on earlier answers are followed exactly as a user would meet them.
 */
export function* allPaths(from: NodeId = START): Generator<GraphPath> {
  function* walk(snapshot: WalkthroughSnapshot, answers: Answer[]): Generator<GraphPath> {
    const node = nodeOf(snapshot);
    if (isEnding(node)) {
      yield { answers, ending: node.id };
      return;
    }
    if (node.kind === 'question') {
      for (const { id } of node.choices) yield* walk(advance(snapshot, id), [...answers, { question: node.id, choice: id }]);
      return;
    }
    for (const event of eventsAt(node)) yield* walk(advance(snapshot, event.type), answers);
  }
  yield* walk(snapshotAt(from), []);
}
