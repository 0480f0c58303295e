import { chapters, GRAPH_VERSION, isNodeId, nodes } from '../../machines/index.ts';
import type { CommandSpec } from '../kit/command-spec.ts';
import { EXIT } from '../kit/exit-codes.ts';
import type { Io } from '../kit/io.ts';
import { parseCommand } from '../kit/parse-options.ts';
import { readContent } from '../content/index.ts';

const CHAPTERS = chapters.map((chapter) => chapter.id);

export const nodesSpec = {
  name: 'nodes',
  title: 'k8s-adventure nodes: every node id, its kind and title, by chapter',
  usage: ['k8s-adventure nodes [--chapter ID] [--json]'],
  flags: {
    chapter: {
      type: 'string',
      arg: 'ID',
      help: ['only this chapter: ' + CHAPTERS.join(', ')],
      choices: { values: CHAPTERS, unknown: (value, guess) => `unknown chapter '${value}'${guess}; valid chapters: ${CHAPTERS.join(', ')}` },
    },
    json: { type: 'boolean', help: ['print {"version", "nodes": [{"id", "kind", "chapter", "title"}]}'] },
  },
  notes: ['Every id works with --start-at; dead ends end in -doom.'],
  examples: ['k8s-adventure nodes', 'k8s-adventure nodes --chapter netfilter', "k8s-adventure nodes --json | jq -r '.nodes[] | select(.kind == \"doom\") | .id'"],
  footer: 'Exit codes: 0 listed, 2 bad input (an unknown chapter).',
} as const satisfies CommandSpec;

/** `k8s-adventure nodes`: the ids a user can start at, without reading the graph's JSON. */
export function nodesCommand(args: string[], io: Io): number {
  const options = parseCommand(nodesSpec, args).values;
  const content = readContent();
  const shown = chapters.filter((chapter) => options.chapter === undefined || chapter.id === options.chapter);
  const rows = shown.flatMap((chapter) =>
    Object.keys(chapter.nodes).filter(isNodeId).map((id) => ({ id, kind: nodes[id]!.kind, chapter: chapter.id, title: content.get(id)?.title ?? id })),
  );
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ version: GRAPH_VERSION, nodes: rows }, null, 2)}\n`);
    return EXIT.ok;
  }
  const width = Math.max(...rows.map((row) => row.id.length));
  const out: string[] = [];
  for (const chapter of shown) {
    out.push(`${out.length ? '\n' : ''}${chapter.title} (${chapter.id})`);
    for (const row of rows.filter((candidate) => candidate.chapter === chapter.id)) out.push(`  ${row.kind.padEnd(8)}  ${row.id.padEnd(width)}  ${row.title}`);
  }
  io.stdout.write(`${out.join('\n')}\n`);
  return EXIT.ok;
}
