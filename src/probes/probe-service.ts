import type { NodeId } from '../../machines/index.ts';
import { describeHost, type Host } from '../host/index.ts';
import { probeFor } from './question-probes.ts';
import { runProbe } from './run-probe.ts';
import type { ProbeResult } from './types.ts';

/** How the adventure reaches the probes; absent with --no-probes. */
export interface ProbeService {
  run(question: NodeId, signal: AbortSignal): Promise<ProbeResult>;
  /** The probe for a question and what it reads, for the spinner; undefined when none answers it. */
  describe(question: NodeId): { probe: string; reads: string } | undefined;
  /** The host the probes read, named for the report (a sos report with its version). */
  host(): Promise<string>;
}

/** Probes for the adventure, bound to one host and one timeout. */
export function probeService(host: Host, timeoutMs: number): ProbeService {
  return {
    run: (question, signal) => runProbe(probeFor(question)!, host, { question, timeoutMs, signal }),
    describe(question) {
      const probe = probeFor(question);
      return probe ? { probe: probe.id, reads: probe.reads } : undefined;
    },
    host: () => describeHost(host),
  };
}
