import { EXIT } from '../cli/exit-codes.ts';
import type { Io } from '../cli/io.ts';
import { parseOptions } from '../cli/parse-options.ts';
import { UsageError } from '../cli/usage-error.ts';
import { readContent } from '../content/index.ts';
import { exportGraph } from '../headless/export-graph.ts';

const FORMATS = ['json'];

/** `k8s-adventure export`: the graph for other tools. */
export function exportCommand(args: string[], io: Io): number {
  const options = parseOptions('export', args, { format: { type: 'string', default: 'json' } });
  if (!FORMATS.includes(options.format)) {
    throw new UsageError(`unknown export format '${options.format}'; valid formats: ${FORMATS.join(', ')}`);
  }
  io.stdout.write(`${JSON.stringify(exportGraph(readContent()), null, 2)}\n`);
  return EXIT.ok;
}
