import { chapters, type GraphNode, type NodeKind } from '../../machines/index.ts';
import { markdownToText } from '../content/markdown-to-text.ts';
import { diagramOf } from './edges.ts';
import { KIND_STYLE } from './palette.ts';

/** Mermaid ids are safest as [A-Za-z0-9_]; node ids are kebab-case, so hyphens become underscores. */
const id = (nodeId: string) => `n_${nodeId.replace(/-/g, '_')}`;

/** Text inside "…": quotes and characters Mermaid reads as syntax become its entity codes. */
const text = (value: string) => markdownToText(value).replace(/"/g, '#quot;').replace(/[|<>]/g, (c) => `#${c.charCodeAt(0)};`);

const SHAPE: Record<NodeKind, (label: string) => string> = {
  question: (label) => `{"${label}"}`,
  info: (label) => `("${label}")`,
  fix: (label) => `[["${label}"]]`,
  doom: (label) => `[/"${label}"/]`,
  ready: (label) => `(["${label}"])`,
};


/**
 * The decision graph as a Mermaid flowchart (renders in Docusaurus, VitePress and MkDocs): shapes and colours by
 * node kind, one subgraph per chapter, edges labelled with the choice.
 */
export function toMermaid(titleOf: (node: GraphNode) => string, chapterId?: string): string {
  const { nodes, edges, outside } = diagramOf(chapterId);
  const out = ['flowchart TD'];
  for (const chapter of chapters) {
    const own = nodes.filter((node) => node.chapter === chapter.id);
    if (!own.length) continue;
    out.push(`  subgraph c_${chapter.id.replace(/-/g, '_')}["${text(chapter.title)}"]`);
    for (const node of own) out.push(`    ${id(node.id)}${SHAPE[node.kind](text(titleOf(node)))}`);
    out.push('  end');
  }
  for (const node of outside) out.push(`  ${id(node.id)}${SHAPE[node.kind](text(titleOf(node)))}`);
  for (const edge of edges) {
    const label = edge.when ? `${edge.label} (if ${edge.when})` : edge.label;
    out.push(label ? `  ${id(edge.from)} -->|"${text(label)}"| ${id(edge.to)}` : `  ${id(edge.from)} --> ${id(edge.to)}`);
  }
  for (const [kind, style] of Object.entries(KIND_STYLE)) out.push(`  classDef ${kind} fill:${style.fill},stroke:${style.stroke},color:${style.color}`);
  for (const node of [...nodes, ...outside]) out.push(`  class ${id(node.id)} ${node.kind}`);
  return `${out.join('\n')}\n`;
}
