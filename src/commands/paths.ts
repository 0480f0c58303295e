import { allPaths, GRAPH_VERSION, nodes } from '../../machines/index.ts';
import { EXIT } from '../kit/exit-codes.ts';
import type { Io } from '../kit/io.ts';
import type { CommandSpec } from '../kit/command-spec.ts';
import { parseCommand } from '../kit/parse-options.ts';
import { startAt } from '../kit/start-at.ts';

export const pathsSpec = {
  name: 'paths',
  title: 'k8s-adventure paths: every path from the start to every ending',
  usage: ['k8s-adventure paths [--json] [--start-at ID]'],
  flags: {
    json: { type: 'boolean', help: ['print {"version", "from", "paths": [{"answers": {...}, "ending": {"id", "kind"}}]}'] },
    'start-at': { type: 'string', arg: 'ID', help: ['list the paths from this node instead'] },
  },
  notes: ["Each path's answers object is a ready-made answers file for 'k8s-adventure run'."],
  examples: ["k8s-adventure paths | grep '^ready'", 'k8s-adventure paths --start-at selinux-mode --json'],
} as const satisfies CommandSpec;

/** `k8s-adventure paths`: every path to every ending, each one a ready-made answers file. */
export function pathsCommand(args: string[], io: Io): number {
  const options = parseCommand(pathsSpec, args).values;
  const from = startAt(options['start-at']);
  const paths = [...allPaths(from)].map(({ answers, ending }) => ({
    answers: Object.fromEntries(answers.map(({ question, choice }) => [question, choice])),
    ending: { id: ending, kind: nodes[ending]!.kind },
  }));
  if (options.json) {
    io.stdout.write(`${JSON.stringify({ version: GRAPH_VERSION, from, paths }, null, 2)}\n`);
  } else {
    const width = Math.max(...paths.map((path) => path.ending.id.length));
    for (const { answers, ending } of paths) {
      const pairs = Object.entries(answers).map(([question, choice]) => `${question}=${choice}`);
      io.stdout.write(`${ending.kind.padEnd(5)} ${ending.id.padEnd(width)}  ${pairs.join(' ')}\n`);
    }
  }
  return EXIT.ok;
}
