import { setMaxListeners } from 'node:events';
import { openHost } from '../host/index.ts';
import { PROBES, runProbes } from '../probes/index.ts';
import { sortedEntries } from './input-dir.ts';
import type { NodeReport } from './node-report.ts';

export interface CaptureRunOptions {
  /** How many captures are probed at once. */
  jobs: number;
  timeoutMs: number;
  signal?: AbortSignal;
  /** Called as each capture is done, with how many are done of how many. */
  onProgress?: (done: number, total: number) => void;
}

/** One capture, probed as `doctor --host-dir` probes it; the node is named by its directory. */
async function probeCapture(name: string, path: string, options: CaptureRunOptions): Promise<NodeReport> {
  // A signal of its own, tied to the run's: runProbes sizes its signal's listener limit for one host's probes.
  const own = new AbortController();
  const stop = () => own.abort();
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    const host = openHost(path, '/', {});
    const results = await runProbes(PROBES, host, { timeoutMs: options.timeoutMs, signal: own.signal });
    return { name, kind: 'result', findings: results.map(({ id, status, observed, node }) => ({ id, status, observed, ...(node ? { node } : {}) })) };
  } catch (error) {
    // A capture doctor itself refuses (a broken capture manifest) is a gap under its name, not the end of the run.
    return { name, kind: 'unreadable', reason: (error as Error).message };
  } finally {
    options.signal?.removeEventListener('abort', stop);
  }
}

/**
 * Every captured host or extracted sos report under a directory, probed in-process by a pool of `jobs` workers
 * (the probes mostly wait on reads, so a few run well on one thread), and yielded in directory order. Only the
 * reports between the next one due and the furthest one started are held: memory is bounded by the pool, not by
 * the number of captures. An entry that is not a directory (a sos tarball not yet extracted) is a gap, not skipped.
 */
export async function* reportsFromCaptures(path: string, shown: string, options: CaptureRunOptions): AsyncGenerator<NodeReport> {
  const entries = (await sortedEntries(path, shown)).filter((entry) => !entry.name.startsWith('.'));
  const total = entries.length;
  // One listener a running capture on the run's signal.
  if (options.signal) setMaxListeners(options.jobs + 10, options.signal);
  const done = new Map<number, NodeReport>();
  let next = 0;
  let finished = 0;
  let wake: (() => void) | undefined;
  const worker = async () => {
    while (next < total && !options.signal?.aborted) {
      const index = next++;
      const entry = entries[index]!;
      const report: NodeReport = entry.isDirectory
        ? await probeCapture(entry.name, entry.path, options)
        : { name: entry.name, kind: 'unreadable', reason: 'not a directory: give captured hosts and extracted sos reports as directories' };
      done.set(index, report);
      options.onProgress?.(++finished, total);
      wake?.();
    }
  };
  const pool = Promise.all(Array.from({ length: Math.min(options.jobs, total) }, worker));
  for (let index = 0; index < total; index++) {
    while (!done.has(index)) {
      if (options.signal?.aborted) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    yield done.get(index)!;
    done.delete(index);
  }
  await pool;
}
