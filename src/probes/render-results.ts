import { chapters, nodes } from '../../machines/index.ts';
import { sanitize } from '../text/sanitize.ts';
import { style as makeStyle, type Style } from '../text/style.ts';
import { hang, remedyLines } from '../content/fix-text.ts';
import { fixFirst, type DoctorTriage } from './triage.ts';
import type { Probe, ProbeResult, ProbeStatus } from './types.ts';

/** A word for every status, so the verdict reads the same without colour or symbols. */
export const STATUS_LABEL: Record<ProbeStatus, string> = {
  pass: '✓ pass',
  warn: '! warn',
  fail: '✗ fail',
  unknown: '? unknown',
  'n/a': '- n/a',
};

const ORDER: ProbeStatus[] = ['pass', 'warn', 'fail', 'unknown', 'n/a'];

export const summarize = (results: readonly ProbeResult[]): Record<ProbeStatus, number> =>
  Object.fromEntries(ORDER.map((status) => [status, results.filter((result) => result.status === status).length])) as Record<ProbeStatus, number>;

export interface RenderOptions {
  /** Columns to wrap prose to; Infinity leaves lines whole (not a terminal). */
  width: number;
  style?: Style;
  /** List passing and n/a probes too, not only their counts. */
  verbose?: boolean;
}

const paint = (status: ProbeStatus, style: Style) =>
  status === 'fail' ? style.red : status === 'warn' ? style.yellow : status === 'pass' ? style.green : style.dim;

const chapterTitle = (probes: readonly Probe[], id: string) => chapters.find((chapter) => chapter.id === probes.find((probe) => probe.id === id)?.chapter)?.title;

/**
 * The one place probe results become text: the fix-first line, then each problem root first, with the probes
 * that point at it, their evidence, the fix and the node to go to; then what could not be told, and the counts.
 * Everything from the host is sanitised here again (it is idempotent), so nothing raw reaches the terminal.
 */
export function renderResults(results: readonly ProbeResult[], triage: DoctorTriage, probes: readonly Probe[], hostDescription: string, options: RenderOptions): string {
  const { width, verbose = false } = options;
  const style = options.style ?? makeStyle(false);
  const out = hang(`k8s-adventure doctor: ${sanitize(hostDescription)}`, '', '  ', width);
  const first = fixFirst(triage);
  if (first) out.push('', ...hang(style.bold(sanitize(first)), '', '  ', width));
  triage.problems.forEach((problem, index) => {
    const label = paint(problem.status, style)(STATUS_LABEL[problem.status]);
    const where = problem.node ? ` (${problem.kind ?? nodes[problem.node]?.kind}: ${problem.node})` : '';
    const chapter = chapterTitle(probes, problem.causes[0]!.id);
    const number = `${index + 1}. `;
    const pad = ' '.repeat(number.length);
    out.push('', ...hang(`${label} ${style.bold(sanitize(problem.title))}${where}${chapter ? ` · ${chapter}` : ''}`, number, pad, width));
    for (const cause of problem.causes) {
      out.push(...hang(`${paint(cause.status, style)(STATUS_LABEL[cause.status])} ${cause.id}: ${sanitize(cause.observed)}`, `${pad}caused by `, `${pad}    `, width));
      const deeper = `${pad}    `;
      if (cause.expected) out.push(...hang(`expected: ${sanitize(cause.expected)}`, deeper, `${deeper}  `, width));
      for (const item of cause.evidence.slice(0, 3)) {
        const [head, ...tail] = sanitize(`${item.source}: ${item.excerpt}`).split('\n');
        out.push(...hang(style.dim(head!), deeper, `${deeper}  `, width));
        for (const line of tail) out.push(...hang(style.dim(line.trim()), `${deeper}  `, `${deeper}  `, width));
      }
    }
    out.push(...remedyLines(problem.fix, pad, width, style));
    if (problem.node) out.push(`${pad}→ ${style.cyan(`k8s-adventure --start-at ${problem.node}`)}`);
  });
  if (triage.unknown.length) {
    out.push('', style.bold('Could not tell (never a failure):'));
    for (const result of triage.unknown) out.push(...hang(`${STATUS_LABEL.unknown} ${result.id}: ${sanitize(result.observed)}`, '  ', '      ', width));
  }
  if (verbose && triage.quiet.length) {
    out.push('', style.bold('Passed and not applicable:'));
    const column = Math.max(...triage.quiet.map((result) => result.id.length));
    for (const result of triage.quiet) {
      out.push(...hang(`${paint(result.status, style)(STATUS_LABEL[result.status].padEnd(6))}  ${result.id.padEnd(column)}  ${sanitize(result.observed)}`, '  ', ' '.repeat(12 + column), width));
    }
  }
  const summary = summarize(results);
  const counts = ORDER.map((status) => `${summary[status]} ${status}`).join(', ');
  const folded = !verbose && triage.quiet.length ? ' (--verbose lists the passes and n/a)' : '';
  out.push('', ...hang(`${counts}${folded}`, '', '', width));
  return `${out.join('\n')}\n`;
}
