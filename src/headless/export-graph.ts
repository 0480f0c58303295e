import { chapters, forksOf, GRAPH_VERSION, nodes, START, type GraphNode } from '../../machines/index.ts';
import { fixCommands, markdownToText, type ContentLibrary } from '../content/index.ts';

/** `export --format json`: the whole graph with its words, for the docs site and for tests. Public shape. */
export function exportGraph(content: ContentLibrary) {
  const describe = (node: GraphNode) => {
    const words = content.get(node.id)!;
    return {
      id: node.id,
      kind: node.kind,
      chapter: node.chapter,
      title: words.title,
      validity: words.validity,
      text: markdownToText(words.markdown),
      markdown: words.markdown,
      symptoms: words.symptoms,
      sources: words.sources,
      ...('probe' in node && node.probe ? { probe: node.probe } : {}),
      ...(node.kind === 'question'
        ? {
            choices: node.choices.map(({ id, label, target, detours }) => ({
              id,
              label,
              target,
              ...(detours ? { detours: detours.map(({ ifChosen, target: to, because }) => ({ ifChosen, target: to, because })) } : {}),
            })),
          }
        : {}),
      ...(node.kind === 'info' || node.kind === 'fix' ? { next: node.next } : {}),
      ...(node.kind === 'fix' ? { commands: fixCommands(words.markdown) } : {}),
      ...(node.kind === 'doom' ? { forks: forksOf(node.id) } : {}),
    };
  };
  return {
    version: GRAPH_VERSION,
    start: START,
    chapters: chapters.map(({ id, title, entry, nodes: own }) => ({ id, title, entry, nodes: Object.keys(own) })),
    nodes: Object.values(nodes).map(describe),
  };
}
