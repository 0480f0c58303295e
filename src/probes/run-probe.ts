import type { NodeId } from '../../machines/index.ts';
import type { Host } from '../host/index.ts';
import { sanitize } from '../text/sanitize.ts';
import { cachingHost } from './caching-host.ts';
import type { Finding, Probe, ProbeResult } from './types.ts';

export const DEFAULT_PROBE_TIMEOUT_MS = 5000;

export interface RunOptions {
  question?: NodeId;
  timeoutMs?: number;
  /** Aborting it (back, quit, Ctrl+C) stops the probe and kills any command it runs. */
  signal?: AbortSignal;
}

const clean = (finding: Finding): Finding => ({
  ...finding,
  observed: sanitize(finding.observed),
  expected: sanitize(finding.expected),
  evidence: finding.evidence.map((item) => ({ source: sanitize(item.source), excerpt: sanitize(item.excerpt) })),
});

/**
 * Runs one probe with a deadline. A probe that hangs (docker info on a wedged devicemapper does) or throws comes
 * back `unknown`, never as an exception, and its commands are killed.
 */
export async function runProbe(probe: Probe, host: Host, options: RunOptions = {}): Promise<ProbeResult> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_PROBE_TIMEOUT_MS;
  const controller = new AbortController();
  const stop = () => controller.abort();
  options.signal?.addEventListener('abort', stop, { once: true });
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<Finding>((resolve) => {
    timer = setTimeout(() => {
      controller.abort();
      resolve({ status: 'unknown', observed: `no answer within ${timeoutMs} ms`, expected: '', evidence: [] });
    }, timeoutMs);
  });
  try {
    const work = probe.run({ host, timeoutMs, signal: controller.signal, ...(options.question ? { question: options.question } : {}) });
    const finding = await Promise.race([work, deadline]);
    return { id: probe.id, ...clean(finding) };
  } catch (error) {
    return { id: probe.id, status: 'unknown', observed: sanitize(`the probe failed: ${(error as Error).message}`), expected: '', evidence: [] };
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', stop);
  }
}

/** Runs probes in parallel against one shared view of the host. */
export function runProbes(probes: readonly Probe[], host: Host, options: RunOptions = {}): Promise<ProbeResult[]> {
  const shared = cachingHost(host);
  return Promise.all(probes.map((probe) => runProbe(probe, shared, options)));
}
