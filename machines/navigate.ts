import { transition, type SnapshotFrom } from 'xstate';
import { isNodeId, nodes, START } from './graph.ts';

export { isNodeId };
import { CONTINUE, type ChoiceId, type EventId, type GraphNode, type NodeId, type WalkthroughEvent } from './types.ts';
import { walkthroughMachine } from './walkthrough.ts';

export type WalkthroughSnapshot = SnapshotFrom<typeof walkthroughMachine>;

/** Thrown for an id the graph does not have; runners turn it into one line and exit code 2. */
export class UnknownNodeError extends Error {
  constructor(readonly nodeId: string) {
    super(`unknown node '${nodeId}'`);
  }
}


/** The one guard for a choice id from outside: a choice the question `node` offers. */
export const isChoiceOf = (node: GraphNode, id: string): id is ChoiceId =>
  node.kind === 'question' && node.choices.some((choice) => choice.id === id);

export function nodeById(id: NodeId): GraphNode {
  if (!isNodeId(id)) throw new UnknownNodeError(id);
  return nodes[id];
}

/** A fresh walk standing at any node: the start, or a deep link. */
export function snapshotAt(nodeId: NodeId = START): WalkthroughSnapshot {
  nodeById(nodeId);
  return walkthroughMachine.resolveState({ value: nodeId, context: { journey: [] } });
}

export const nodeOf = (snapshot: WalkthroughSnapshot): GraphNode => nodeById(snapshot.value as NodeId);

export const isEnding = (node: GraphNode): boolean => node.kind === 'doom' || node.kind === 'ready';

/** The events a node accepts: one per choice at a question, `continue` at info and fix nodes. */
export function eventsAt(node: GraphNode): WalkthroughEvent[] {
  if (node.kind === 'question') return node.choices.map((choice) => ({ type: choice.id }));
  if (node.kind === 'info' || node.kind === 'fix') return [{ type: CONTINUE }];
  return [];
}

/** Takes a choice (or `continue`) without side effects; the caller keeps the old snapshot for "back". */
export const advance = (snapshot: WalkthroughSnapshot, event: EventId): WalkthroughSnapshot =>
  transition(walkthroughMachine, snapshot, { type: event })[0];

/** Where a choice would lead from here, taking earlier answers into account, without taking it. */
export const peek = (snapshot: WalkthroughSnapshot, choice: ChoiceId): GraphNode => nodeOf(advance(snapshot, choice));
