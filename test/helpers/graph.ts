import { nodes, type GraphNode } from '../../machines/index.ts';

export const nodesOfKind = (...kinds: GraphNode['kind'][]): GraphNode[] =>
  Object.values(nodes).filter((node) => kinds.includes(node.kind));

export const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
