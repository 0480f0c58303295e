import { writeOut } from '../kit/write-out.ts';
import { resolve } from 'node:path';
import { chapters } from '../../machines/index.ts';
import { EXIT } from '../kit/exit-codes.ts';
import type { Io } from '../kit/io.ts';
import { parseOptions } from '../kit/parse-options.ts';
import { didYouMean } from '../kit/suggest.ts';
import { UsageError } from '../kit/usage-error.ts';
import { sanitizeLine } from '../text/sanitize.ts';
import { readContent } from '../content/index.ts';
import { toDot } from '../diagram/to-dot.ts';
import { toMermaid } from '../diagram/to-mermaid.ts';
import { exportGraph } from '../headless/export-graph.ts';
import { npdConfigMap } from '../npd/configmap.ts';

const FORMATS = ['json', 'mermaid', 'dot', 'npd'];

/** `k8s-adventure export`: the graph for other tools, as JSON or as a diagram; its symptoms as node-problem-detector rules. */
export async function exportCommand(args: string[], io: Io): Promise<number> {
  const options = parseOptions('export', args, {
    format: { type: 'string', default: 'json' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    chapter: { type: 'string' },
  });
  if (!FORMATS.includes(options.format)) {
    throw new UsageError(`unknown export format '${sanitizeLine(options.format, 40)}'${didYouMean(options.format, FORMATS)}; valid formats: ${FORMATS.join(', ')}`);
  }
  const chapterIds = chapters.map((chapter) => chapter.id);
  if (options.chapter !== undefined && !chapterIds.includes(options.chapter)) {
    throw new UsageError(`unknown chapter '${sanitizeLine(options.chapter, 40)}'${didYouMean(options.chapter, chapterIds)}; valid chapters: ${chapterIds.join(', ')}`);
  }
  if (options.chapter !== undefined && (options.format === 'json' || options.format === 'npd')) throw new UsageError('--chapter draws one chapter: use it with --format mermaid or dot');
  if (options.force && options.out === undefined) throw new UsageError('--force lets --out replace a file; it needs --out FILE');
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
  await writeOut(resolve(io.cwd, options.out), options.out, text, options.force === true);
  return EXIT.ok;
}
