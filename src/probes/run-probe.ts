import { setMaxListeners } from 'node:events';
import type { NodeId } from '../../machines/index.ts';
import { withSignal, type Host } from '../host/index.ts';
import { DEFAULT_PROBE_TIMEOUT_MS } from '../kit/timeout.ts';
import { sanitize } from '../text/sanitize.ts';
import { cachingHost } from './caching-host.ts';
import type { Finding, Probe, ProbeResult } from './types.ts';

export { DEFAULT_PROBE_TIMEOUT_MS };

export interface RunOptions {
  question?: NodeId;
  timeoutMs?: number;
  /** Aborting it (back, quit, Ctrl+C) stops the probe and kills any command it runs. */
  signal?: AbortSignal;
  /**
   * Keep the host's text as it was, for `--json` (which escapes it instead). Everything shown on a terminal takes
   * the default: sanitised here, once, before any display code sees it.
   */
  raw?: boolean;
}

/** A result before it is given the probe's id. */
type Verdict = Omit<ProbeResult, 'id'>;

/** Everything a host said, made safe for a terminal: escapes removed, bidi and invisible characters shown. */
const clean = (finding: Verdict): Verdict => ({
  ...finding,
  observed: sanitize(finding.observed),
  expected: sanitize(finding.expected),
  evidence: finding.evidence.map((item) => ({
    source: sanitize(item.source),
    excerpt: sanitize(item.excerpt),
    read: item.read ?? 'present',
    ...(item.reason !== undefined ? { reason: sanitize(item.reason) } : {}),
  })),
});

const withReads = (finding: Verdict): Verdict => ({ ...finding, evidence: finding.evidence.map((item) => ({ ...item, read: item.read ?? 'present' })) });

/**
 * Runs one probe with a deadline. A probe that hangs (docker info on a wedged devicemapper does) or throws comes
 * back `unknown`, never as an exception. The probe sees the host through its own signal: at the deadline its
 * walks stop at the next read and its commands' process groups are killed, so nothing runs on after the answer.
 */
export async function runProbe(probe: Probe, host: Host, options: RunOptions = {}): Promise<ProbeResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  const controller = new AbortController();
  const stop = () => controller.abort();
  if (options.signal?.aborted) controller.abort();
  options.signal?.addEventListener('abort', stop, { once: true });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<Verdict>((resolve) => {
    const giveUp = () => resolve({ status: 'unknown', observed: `no answer within ${timeoutMs} ms`, expected: '', evidence: [] });
    timer = setTimeout(() => {
      giveUp();
      controller.abort();
    }, timeoutMs);
    controller.signal.addEventListener('abort', () => resolve({ status: 'unknown', observed: 'stopped before it answered', expected: '', evidence: [] }), { once: true });
  });
  try {
    const work = probe
      .run({ host: withSignal(host, controller.signal, timeoutMs), ...(options.question ? { question: options.question } : {}) })
      // `expected` goes where it always stood in --json, after `observed`.
      .then(({ status, observed, ...rest }: Finding): Verdict => ({ status, observed, expected: probe.expected, ...rest }));
    // The work's own rejection after the deadline (the stopped read) is expected; nothing waits on it.
    work.catch(() => undefined);
    const finding = await Promise.race([work, deadline]);
    return { id: probe.id, ...(options.raw ? withReads(finding) : clean(finding)) };
  } catch (error) {
    return { id: probe.id, status: 'unknown', observed: sanitize(`the probe failed: ${(error as Error).message}`), expected: '', evidence: [] };
  } finally {
    clearTimeout(timer);
    controller.abort();
    options.signal?.removeEventListener('abort', stop);
  }
}

/** One probe to run, and the question it answers when asked from a walk. */
export interface ProbeJob {
  probe: Probe;
  question?: NodeId;
}

/**
 * The one fan-out: jobs run in parallel against one shared view of the host, so two probes reading the same file
 * read it once. Doctor runs every probe; `run --probes` runs each probe-able question's.
 */
export function runJobs(jobs: readonly ProbeJob[], host: Host, options: Omit<RunOptions, 'question'> = {}): Promise<ProbeResult[]> {
  const shared = cachingHost(host);
  // One listener a probe on the shared signal: more than Node's default of 10 is expected here, not a leak.
  if (options.signal) setMaxListeners(jobs.length + 10, options.signal);
  return Promise.all(jobs.map(({ probe, question }) => runProbe(probe, shared, { ...options, ...(question ? { question } : {}) })));
}

/** Every probe, asked no question (doctor). */
export const runProbes = (probes: readonly Probe[], host: Host, options: Omit<RunOptions, 'question'> = {}): Promise<ProbeResult[]> =>
  runJobs(probes.map((probe) => ({ probe })), host, options);
