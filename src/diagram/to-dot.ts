import { chapters, type GraphNode, type NodeKind } from '../../machines/index.ts';
import { markdownToText } from '../content/markdown-to-text.ts';
import { diagramOf } from './edges.ts';
import { KIND_STYLE } from './palette.ts';

/** A DOT quoted string: backslashes and quotes escaped, long text broken into lines. */
function quoted(value: string, width = 28): string {
  const words = markdownToText(value).split(/\s+/);
  const lines: string[] = [];
  for (const word of words) {
    if (lines.length && `${lines.at(-1)} ${word}`.length <= width) lines[lines.length - 1] += ` ${word}`;
    else lines.push(word);
  }
  return `"${lines.map((line) => line.replace(/\\/g, '\\\\').replace(/"/g, '\\"')).join('\\n')}"`;
}

const SHAPE: Record<NodeKind, string> = { question: 'diamond', info: 'box', fix: 'box', doom: 'octagon', ready: 'doubleoctagon' };

const nodeLine = (node: GraphNode, title: string, indent: string) => {
  const style = KIND_STYLE[node.kind];
  return `${indent}"${node.id}" [label=${quoted(title)}, shape=${SHAPE[node.kind]}, style="filled${node.kind === 'info' ? ',rounded' : ''}", fillcolor="${style.fill}", color="${style.stroke}", fontcolor="${style.color}", URL="#${node.id}", tooltip=${quoted(`${node.kind}: ${node.id}`, 200)}];`;
};

/** The decision graph as Graphviz DOT: one cluster per chapter, shapes and colours by kind, edges labelled. */
export function toDot(titleOf: (node: GraphNode) => string, chapterId?: string): string {
  const { nodes, edges, outside } = diagramOf(chapterId);
  const out = ['digraph walkthrough {', '  graph [rankdir=TB, fontname="Helvetica", nodesep=0.45, ranksep=0.5];', '  node [fontname="Helvetica", fontsize=11, margin="0.12,0.06"];', '  edge [fontname="Helvetica", fontsize=9, color="#4b5563"];'];
  for (const chapter of chapters) {
    const own = nodes.filter((node) => node.chapter === chapter.id);
    if (!own.length) continue;
    out.push(`  subgraph "cluster_${chapter.id}" {`, `    label=${quoted(chapter.title, 80)}; style="rounded,dashed"; color="#9ca3af";`);
    for (const node of own) out.push(nodeLine(node, titleOf(node), '    '));
    out.push('  }');
  }
  for (const node of outside) out.push(nodeLine(node, titleOf(node), '  '));
  for (const edge of edges) {
    const label = edge.when ? `${edge.label} (if ${edge.when})` : edge.label;
    out.push(`  "${edge.from}" -> "${edge.to}"${label ? ` [label=${quoted(label, 24)}${edge.when ? ', style=dashed' : ''}]` : ''};`);
  }
  out.push('}');
  return `${out.join('\n')}\n`;
}
