import type { ChapterId, ChoiceId, NodeId, ProbeId } from '../../machines/index.ts';
import type { Host, ReadKind } from '../host/index.ts';

export type ProbeStatus = 'pass' | 'warn' | 'fail' | 'unknown' | 'n/a';

/** Where a finding came from: a file or a command, the lines that show it, and how the read ended. */
export interface Evidence {
  source: string;
  excerpt: string;
  /** How the read ended: present, absent, not-collected or unreadable (every probe sets it; older saves lack it). */
  read?: ReadKind;
  /** Why the read came back empty; absent when it was present. */
  reason?: string;
}

/** One probe's verdict. Public (`doctor --json`): add fields, never rename them. */
export interface ProbeResult {
  id: ProbeId;
  status: ProbeStatus;
  /** What the host shows, in a phrase. */
  observed: string;
  /** What a healthy node shows. */
  expected: string;
  evidence: Evidence[];
  /** For the question being asked: the choice this evidence points to. */
  suggests?: ChoiceId;
  /** The node that explains a problem: where `k8s-adventure --start-at` should go. */
  node?: NodeId;
}

/** What a probe's run returns; the runner adds its id and what it expects. */
export type Finding = Omit<ProbeResult, 'id' | 'expected'>;

export interface ProbeContext {
  /** The host as this probe sees it: bound to its deadline and to the run's signal (host/with-signal.ts). */
  host: Host;
  /** The question the probe is answering, when asked from the adventure or `run --probes`. */
  question?: NodeId;
}

/** A read-only check of one condition. Probes never print: one renderer shows every result. */
export interface Probe {
  id: ProbeId;
  title: string;
  chapter: ChapterId;
  /** What it reads or runs, in words: shown next to the spinner. */
  reads: string;
  /** What a healthy node shows, in a phrase: every verdict of this probe carries it. */
  expected: string;
  run(context: ProbeContext): Promise<Finding>;
}
