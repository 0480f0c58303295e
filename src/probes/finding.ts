import type { CommandResult } from '../host/index.ts';
import type { Evidence, Finding, ProbeStatus } from './types.ts';

/** The lines of a text that match, at most `max`, as one excerpt. */
export function linesMatching(text: string, pattern: RegExp, max = 4): string {
  return text
    .split('\n')
    .filter((line) => pattern.test(line))
    .slice(0, max)
    .join('\n');
}

export const evidence = (source: string, excerpt: string): Evidence => ({ source, excerpt: excerpt.trim() });

export const finding = (status: ProbeStatus, observed: string, expected: string, extra: Partial<Finding> = {}): Finding => ({
  status,
  observed,
  expected,
  evidence: [],
  ...extra,
});

/** Why a command gave nothing to judge by: never installed, not captured, hung, or failed. */
export function commandUnknown(result: CommandResult, expected: string, hint = ''): Finding {
  // The line that says what went wrong, not the banner before it ("Client:" from docker info).
  const lines = result.output.trim().split('\n');
  const firstLine = lines.find((line) => /error|cannot|can't|failed|denied|unable|not found|no such/i.test(line))?.trim() ?? lines[0] ?? '';
  const observed = result.timedOut
    ? `${result.source} did not answer in time`
    : result.missing
      ? `${result.source} is not available here`
      : `${result.source} failed (exit ${result.exitCode ?? 'unknown'})${firstLine ? `: ${firstLine}` : ''}`;
  return finding('unknown', observed + hint, expected, {
    evidence: result.output.trim() ? [evidence(result.source, result.output.trim().split('\n').slice(0, 3).join('\n'))] : [],
  });
}
