// Made at bundle time from content/ by the web build (scripts/web-bundle.ts): the same files, parsed.
declare module 'virtual:k8s-adventure/content' {
  import type { NodeId } from '../../machines/index.ts';
  import type { NodeContent } from '../content/node-content.ts';

  // Keyed by node id: the build reads one file per node of the graph (readContent), so every key is one.
  export const entries: [NodeId, NodeContent][];
}
