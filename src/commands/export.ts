import { writeOut } from '../kit/write-out.ts';
import { resolve } from 'node:path';
import { chapters, type NodeId } from '../../machines/index.ts';
import { EXIT } from '../kit/exit-codes.ts';
import type { Io } from '../kit/io.ts';
import type { CommandSpec } from '../kit/command-spec.ts';
import { parseCommand } from '../kit/parse-options.ts';
import { UsageError } from '../kit/usage-error.ts';
import { readContent } from '../content/index.ts';
import { toDot } from '../diagram/to-dot.ts';
import { toMermaid } from '../diagram/to-mermaid.ts';
import { exportGraph } from '../headless/export-graph.ts';
import { npdConfigMap } from '../npd/configmap.ts';

const FORMATS = ['json', 'mermaid', 'dot', 'npd'];
const CHAPTERS = chapters.map((chapter) => chapter.id);

export const exportSpec = {
  name: 'export',
  title: 'k8s-adventure export: the whole graph, as data or as a diagram',
  usage: ['k8s-adventure export [--format json|mermaid|dot|npd] [--chapter ID] [--out FILE [--force]]'],
  flags: {
    format: {
      type: 'string',
      default: 'json',
      help: ['the output: json, mermaid, dot or npd'],
      helpPerChoice: {
        json: [
          'every node with its id, kind, chapter, title, text, Markdown, symptoms, sources, probe, and its',
          'choices with their targets (or its next node); fixes with their commands; dooms with their forks',
        ],
        mermaid: ['a Mermaid flowchart (Docusaurus, VitePress, MkDocs render it), shaped and coloured by kind'],
        dot: ['Graphviz DOT (dot -Tsvg renders it)'],
        npd: [
          'node-problem-detector log-monitor rules from the symptoms, one config per log source, as a',
          'ConfigMap (kubectl apply -f - takes it); see deploy/kubernetes/npd/ in the README',
        ],
      },
      choices: { values: FORMATS, unknown: (value, guess) => `unknown export format '${value}'${guess}; valid formats: ${FORMATS.join(', ')}` },
    },
    chapter: {
      type: 'string',
      arg: 'ID',
      help: ['draw one chapter (mermaid and dot)'],
      choices: { values: CHAPTERS, unknown: (value, guess) => `unknown chapter '${value}'${guess}; valid chapters: ${CHAPTERS.join(', ')}` },
    },
    out: { type: 'string', arg: 'FILE', help: ['write to FILE instead of standard output; an existing FILE is left alone'] },
    force: { type: 'boolean', help: ['with --out: replace FILE if it exists'], requires: { flag: 'out', message: '--force lets --out replace a file; it needs --out FILE' } },
  },
  examples: [
    'k8s-adventure export | jq -r \'.nodes[] | "\\(.kind)\\t\\(.id)"\'',
    'k8s-adventure export --format mermaid --chapter netfilter --out netfilter.mmd',
    'k8s-adventure export --format dot | dot -Tsvg > walkthrough.svg',
    'k8s-adventure export --format npd | kubectl apply -f -',
  ],
} as const satisfies CommandSpec;

/** `k8s-adventure export`: the graph for other tools, as JSON or as a diagram; its symptoms as node-problem-detector rules. */
export async function exportCommand(args: string[], io: Io): Promise<number> {
  const options = parseCommand(exportSpec, args).values;
  if (options.chapter !== undefined && (options.format === 'json' || options.format === 'npd')) throw new UsageError('--chapter draws one chapter: use it with --format mermaid or dot');
  const content = readContent();
  const titleOf = (node: { id: NodeId }) => content.get(node.id)!.title;
  const text =
    options.format === 'mermaid'
      ? toMermaid(titleOf, options.chapter)
      : options.format === 'dot'
        ? toDot(titleOf, options.chapter)
        : options.format === 'npd'
          ? npdConfigMap(content)
          : `${JSON.stringify(exportGraph(content), null, 2)}\n`;
  if (options.out === undefined) {
    io.stdout.write(text);
    return EXIT.ok;
  }
  await writeOut(resolve(io.cwd, options.out), options.out, text, options.force === true);
  return EXIT.ok;
}
