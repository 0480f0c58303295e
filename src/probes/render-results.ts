import { chapters } from '../../machines/index.ts';
import { sanitize } from '../text/sanitize.ts';
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

const indent = (text: string, prefix: string) => text.split('\n').map((line) => prefix + line).join('\n');

/**
 * The one place probe results become text: grouped by chapter, each problem with its evidence and the node
 * to go to. Passing probes take one line; unknown is never shown as a failure.
 */
export function renderResults(results: readonly ProbeResult[], probes: readonly Probe[], hostDescription: string): string {
  const out = [`k8s-adventure doctor: ${sanitize(hostDescription)}`];
  const width = Math.max(...results.map((result) => result.id.length));
  for (const chapter of chapters) {
    const own = results.filter((result) => probes.find((probe) => probe.id === result.id)?.chapter === chapter.id);
    if (!own.length) continue;
    out.push('', chapter.title);
    for (const result of own) {
      // Sanitised again here (it is idempotent): whatever reaches this renderer, nothing raw reaches the terminal.
      out.push(`  ${STATUS_LABEL[result.status].padEnd(9)}  ${result.id.padEnd(width)}  ${sanitize(result.observed)}`);
      if (result.status === 'pass' || result.status === 'n/a') continue;
      const pad = ' '.repeat(13 + width);
      if (result.expected) out.push(`${pad}expected: ${sanitize(result.expected)}`);
      for (const item of result.evidence.slice(0, 3)) out.push(indent(sanitize(`${item.source}: ${item.excerpt}`), pad));
      if (result.node) out.push(`${pad}→ k8s-adventure --start-at ${result.node}`);
    }
  }
  const summary = summarize(results);
  out.push('', ORDER.map((status) => `${summary[status]} ${status}`).join(', '));
  return `${out.join('\n')}\n`;
}
