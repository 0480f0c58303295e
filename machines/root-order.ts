import { forksOf, targetsOf } from './forks.ts';
import { isNodeId, nodes, START } from './graph.ts';
import type { NodeId } from './types.ts';

/** The "jump to a chapter" menu: a shortcut into the middle, which says nothing about what comes first. */
const SHORTCUTS: ReadonlySet<NodeId> = new Set(['pick-chapter']);

const nextOf = (id: NodeId): NodeId[] => {
  const node = nodes[id];
  const next = node.kind === 'question' ? targetsOf(node) : node.kind === 'info' || node.kind === 'fix' ? [node.next] : [];
  return next.filter((target) => !SHORTCUTS.has(target));
};

/**
 * Each node's rank in a build from scratch: the longest way to it from the start, so that whenever one node can
 * lead to another it ranks lower (the CentOS release question before the storage driver it constrains, a doom
 * after its fork). A problem whose node ranks lower is the likelier root, and triage lists it first. The graph is
 * acyclic (a test keeps it so), which is what makes this a topological order.
 */
function ranks(): ReadonlyMap<NodeId, number> {
  const reachable = new Set<NodeId>([START]);
  for (const id of reachable) for (const target of nextOf(id)) reachable.add(target);
  const waiting = new Map<NodeId, number>([...reachable].map((id) => [id, 0]));
  for (const id of reachable) for (const target of nextOf(id)) waiting.set(target, waiting.get(target)! + 1);
  const rank = new Map<NodeId, number>([[START, 0]]);
  const ready: NodeId[] = [START];
  while (ready.length) {
    const id = ready.shift()!;
    for (const target of nextOf(id)) {
      rank.set(target, Math.max(rank.get(target) ?? 0, rank.get(id)! + 1));
      waiting.set(target, waiting.get(target)! - 1);
      if (waiting.get(target) === 0) ready.push(target);
    }
  }
  return rank;
}

let cached: ReadonlyMap<NodeId, number> | undefined;

/**
 * A node's place in root-first order; nodes a build from scratch never reaches come last. A doom counts from the
 * earliest fork that leads to it: the CentOS release doom is also reachable from the storage chapter's own
 * release question, but its root is the release, met first.
 */
export function walkRank(id: string): number {
  // Takes any text: a fleet's reports arrive as JSON, and an id this graph lacks simply ranks last.
  if (!isNodeId(id)) return Number.MAX_SAFE_INTEGER;
  cached ??= ranks();
  const own = cached.get(id) ?? Number.MAX_SAFE_INTEGER;
  if (nodes[id].kind !== 'doom') return own;
  return Math.min(own, ...forksOf(id).map((fork) => (cached!.get(fork) ?? Number.MAX_SAFE_INTEGER - 1) + 1));
}
