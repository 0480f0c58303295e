/**
 * The four ways a read of a host can end. A probe may judge by `present` and `absent`; `not-collected` and
 * `unreadable` only ever make it `unknown`, because they say nothing about the host itself.
 */
export type ReadKind = 'present' | 'absent' | 'not-collected' | 'unreadable';

export interface Present<T> {
  kind: 'present';
  value: T;
  /** Where the value came from: a host path, a command line, or a file of the capture. */
  source: string;
  /** The file was longer than the read cap; the value is its beginning. */
  truncated?: boolean;
}

export interface NotPresent {
  kind: 'absent' | 'not-collected' | 'unreadable';
  source: string;
  /** Why, in a phrase a user can read: "no such file", "sos never collects /opt/cni/bin", "it is a FIFO". */
  reason: string;
}

export type Outcome<T> = Present<T> | NotPresent;

/** What a command printed (stdout and stderr together) and its exit status, or null where none was recorded. */
export interface CommandOutput {
  output: string;
  exitCode: number | null;
}

export const present = <T>(source: string, value: T, truncated = false): Present<T> => ({ kind: 'present', value, source, ...(truncated ? { truncated } : {}) });
export const absent = (source: string, reason = 'not there'): NotPresent => ({ kind: 'absent', source, reason });
export const notCollected = (source: string, reason: string): NotPresent => ({ kind: 'not-collected', source, reason });
export const unreadable = (source: string, reason: string): NotPresent => ({ kind: 'unreadable', source, reason });

export const isPresent = <T>(outcome: Outcome<T>): outcome is Present<T> => outcome.kind === 'present';

/** The value, or undefined for any of the three other outcomes. */
export const valueOf = <T>(outcome: Outcome<T>): T | undefined => (outcome.kind === 'present' ? outcome.value : undefined);

/** Present or absent: the read tells something about the host. Not collected or unreadable tells nothing. */
export const isKnown = <T>(outcome: Outcome<T>): boolean => outcome.kind === 'present' || outcome.kind === 'absent';

/** The same outcome under another source name, value unchanged. */
export const withSource = <T>(outcome: Outcome<T>, source: string): Outcome<T> => ({ ...outcome, source });

/** A present outcome's value mapped; the three others pass through. */
export const mapOutcome = <T, U>(outcome: Outcome<T>, map: (value: T) => U): Outcome<U> =>
  outcome.kind === 'present' ? { ...outcome, value: map(outcome.value) } : outcome;

/** Thrown by a host read once its probe's deadline passed or the user left: the walk stops there. */
export class ReadAborted extends Error {
  constructor() {
    super('the read was stopped');
    this.name = 'AbortError';
  }
}

export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ReadAborted();
}
