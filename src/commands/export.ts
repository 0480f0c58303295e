import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chapters } from '../../machines/index.ts';
import { EXIT } from '../cli/exit-codes.ts';
import type { Io } from '../cli/io.ts';
import { parseOptions } from '../cli/parse-options.ts';
import { didYouMean } from '../cli/suggest.ts';
import { fileErrorReason } from '../cli/file-error.ts';
import { UsageError } from '../cli/usage-error.ts';
import { readContent } from '../content/index.ts';
import { toDot } from '../diagram/to-dot.ts';
import { toMermaid } from '../diagram/to-mermaid.ts';
import { exportGraph } from '../headless/export-graph.ts';
import { npdConfigMap } from '../npd/configmap.ts';

const FORMATS = ['json', 'mermaid', 'dot', 'npd'];

/** `k8s-adventure export`: the graph for other tools, as JSON or as a diagram; its symptoms as node-problem-detector rules. */
export async function exportCommand(args: string[], io: Io): Promise<number> {
  const options = parseOptions('export', args, { format: { type: 'string', default: 'json' }, out: { type: 'string' }, chapter: { type: 'string' } });
  if (!FORMATS.includes(options.format)) {
    throw new UsageError(`unknown export format '${options.format}'${didYouMean(options.format, FORMATS)}; valid formats: ${FORMATS.join(', ')}`);
  }
  const chapterIds = chapters.map((chapter) => chapter.id);
  if (options.chapter !== undefined && !chapterIds.includes(options.chapter)) {
    throw new UsageError(`unknown chapter '${options.chapter}'${didYouMean(options.chapter, chapterIds)}; valid chapters: ${chapterIds.join(', ')}`);
  }
  if (options.chapter !== undefined && (options.format === 'json' || options.format === 'npd')) throw new UsageError('--chapter draws one chapter: use it with --format mermaid or dot');
  const content = readContent();
  const titleOf = (node: { id: string }) => content.get(node.id)!.title;
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
  try {
    await writeFile(resolve(io.cwd, options.out), text);
  } catch (error) {
    throw new UsageError(`cannot write '${options.out}': ${fileErrorReason(error, 'write')}`);
  }
  return EXIT.ok;
}
