import type { CommandOutput, NotPresent, Outcome } from '../host/index.ts';
import type { Evidence, Finding, ProbeStatus } from './types.ts';

/** The lines of a text that match, at most `max`, as one excerpt. */
export function linesMatching(text: string, pattern: RegExp, max = 4): string {
  return text
    .split('\n')
    .filter((line) => pattern.test(line))
    .slice(0, max)
    .join('\n');
}

/** Evidence from something read: its source and the lines that show the point. */
export const evidence = (source: string, excerpt: string): Evidence => ({ source, excerpt: excerpt.trim(), read: 'present' });

const WORDS: Record<NotPresent['kind'], string> = { absent: 'absent', 'not-collected': 'not collected', unreadable: 'unreadable' };

/** Evidence of a read that came back empty, with its reason. */
export const gapEvidence = (gap: NotPresent): Evidence => ({ source: gap.source, excerpt: `(${WORDS[gap.kind]}: ${gap.reason})`, read: gap.kind, reason: gap.reason });

/** "sos_commands/docker/docker_info not collected (sos's docker plugin did not run)". */
export const gapPhrase = (gap: NotPresent): string => `${gap.source} ${WORDS[gap.kind]} (${gap.reason})`;

/** Reads that say nothing about the host: not collected or unreadable. Absent is an answer; these are not. */
export const gapsOf = (...outcomes: (Outcome<unknown> | undefined)[]): NotPresent[] =>
  outcomes.filter((outcome): outcome is NotPresent => outcome !== undefined && (outcome.kind === 'not-collected' || outcome.kind === 'unreadable'));

export const finding = (status: ProbeStatus, observed: string, extra: Partial<Finding> = {}): Finding => ({
  status,
  observed,
  evidence: [],
  ...extra,
});

/** `unknown` because something needed was not collected or could not be read: says what and why. */
export function cannotTell(observed: string, gaps: readonly NotPresent[], proof: readonly Evidence[] = []): Finding {
  const why = gaps.slice(0, 3).map(gapPhrase).join('; ');
  return finding('unknown', gaps.length ? `${observed}: ${why}${gaps.length > 3 ? `; and ${gaps.length - 3} more` : ''}` : observed, {
    evidence: [...proof, ...gaps.map(gapEvidence)],
  });
}

/** Output a probe may judge: a command that ran and did not report an error. */
export interface Usable {
  text: string;
  source: string;
  exitCode: number | null;
}

const ERROR_LINE = /error|cannot|can't|failed|denied|unable|not found|no such/i;

/**
 * A recorded output that is itself an error message: what sos keeps of `docker info` when the daemon was down
 * ("Cannot connect to the Docker daemon…"), where no exit status was recorded to say it failed.
 */
export function looksLikeError(output: string): boolean {
  const lines = output.split('\n').map((line) => line.trim()).filter(Boolean);
  if (!lines.length) return false;
  return /^(cannot connect|error\b|error:|failed\b|failed to|usage:)|command not found|no such file or directory|permission denied|could not be found|is not running|not a mounted xfs filesystem/i.test(lines[0]!);
}

/** The first line that says what went wrong, not the banner before it ("Client:" from docker info). */
const firstErrorLine = (output: string) => {
  const lines = output.trim().split('\n');
  return lines.find((line) => ERROR_LINE.test(line))?.trim() ?? lines[0]?.trim() ?? '';
};

/**
 * A command's outcome, as output to judge or as the `unknown` that explains why there is none: not installed,
 * not collected, hung, refused, failed with an exit status, or (where none was recorded) printed an error.
 */
export function usableOutput(outcome: Outcome<CommandOutput>, hint = ''): Usable | Finding {
  if (outcome.kind === 'absent') return finding('unknown', `${outcome.source} is not available here (${outcome.reason})${hint}`, { evidence: [gapEvidence(outcome)] });
  if (outcome.kind !== 'present') return cannotTell(`nothing to judge by${hint}`, [outcome]);
  const { output, exitCode } = outcome.value;
  const proof = output.trim() ? [evidence(outcome.source, output.trim().split('\n').slice(0, 3).join('\n'))] : [];
  if (exitCode !== null && exitCode !== 0) {
    const line = firstErrorLine(output);
    return finding('unknown', `${outcome.source} failed (exit ${exitCode})${line ? `: ${line}` : ''}${hint}`, { evidence: proof });
  }
  if (exitCode === null && looksLikeError(output)) {
    return finding('unknown', `${outcome.source} recorded no exit status, and its output is an error: ${firstErrorLine(output)}${hint}`, { evidence: proof });
  }
  return { text: output, source: outcome.source, exitCode };
}

export const isFinding = (value: Usable | Finding): value is Finding => 'status' in value;
