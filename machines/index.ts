export * from './types.ts';
export { GRAPH_VERSION, chapters, NODE_IDS, nodes, START } from './graph.ts';
export { walkthroughMachine, type WalkthroughMachine } from './walkthrough.ts';
export {
  advance,
  eventsAt,
  isEnding,
  isChoiceOf,
  isNodeId,
  nodeById,
  nodeOf,
  peek,
  snapshotAt,
  UnknownNodeError,
  type WalkthroughSnapshot,
} from './navigate.ts';
export { allPaths, type GraphPath } from './paths.ts';
export { forksOf, targetsOf } from './forks.ts';
export { planOf, type Plan } from './plan.ts';
export { walkRank } from './root-order.ts';
export { isProbeId, PROBE_IDS } from './probe-ids.ts';
