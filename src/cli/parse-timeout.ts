import { DEFAULT_PROBE_TIMEOUT_MS } from '../probes/run-probe.ts';
import { UsageError } from './usage-error.ts';

/** Parses `--timeout MS`: a whole number of milliseconds, at least 1. */
export function parseTimeout(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PROBE_TIMEOUT_MS;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`--timeout takes milliseconds, a whole number above 0, not '${value}'`);
  return Number(value);
}
