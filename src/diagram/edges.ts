import { chapters, nodes, type GraphNode, type NodeId } from '../../machines/index.ts';

/** One arrow of the decision graph: a choice (or `continue`) from one node to another. */
export interface Edge {
  from: NodeId;
  to: NodeId;
  /** The choice's label; empty for `continue`. */
  label: string;
  /** For a detour: the phrase saying when it applies. */
  when?: string;
}

export function edgesOf(node: GraphNode): Edge[] {
  if (node.kind === 'question') {
    return node.choices.flatMap((choice) => [
      { from: node.id, to: choice.target, label: choice.label },
      ...(choice.detours ?? []).map((detour) => ({ from: node.id, to: detour.target, label: choice.label, when: detour.because })),
    ]);
  }
  if (node.kind === 'info' || node.kind === 'fix') return [{ from: node.id, to: node.next, label: '' }];
  return [];
}

/** The nodes and edges to draw: the whole graph, or one chapter with the nodes its edges lead out to. */
export function diagramOf(chapterId?: string): { nodes: GraphNode[]; edges: Edge[]; outside: GraphNode[] } {
  const chapter = chapterId === undefined ? undefined : chapters.find((c) => c.id === chapterId);
  const own = Object.values(nodes).filter((node) => !chapter || node.chapter === chapter.id);
  const edges = own.flatMap(edgesOf);
  const ids = new Set(own.map((node) => node.id));
  const outside = [...new Set(edges.map((edge) => edge.to).filter((id) => !ids.has(id)))].map((id) => nodes[id]!);
  return { nodes: own, edges, outside };
}
