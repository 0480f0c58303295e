import { sanitizeLine } from '../text/sanitize.ts';
import { UsageError } from './usage-error.ts';

/** How long a probe may take, unless --timeout says otherwise. */
export const DEFAULT_PROBE_TIMEOUT_MS = 5000;

/**
 * The longest --timeout: ten minutes. Node timers overflow past 2^31-1 ms (about 24.8 days) and then fire at once,
 * which made `--timeout 3000000000` report every probe as unanswered; no probe needs more than minutes.
 */
export const MAX_TIMEOUT_MS = 600_000;

/** Parses `--timeout MS`: a whole number of milliseconds from 1 to MAX_TIMEOUT_MS. */
export function parseTimeout(value: string | undefined): number {
  if (value === undefined) return DEFAULT_PROBE_TIMEOUT_MS;
  const ms = /^\d{1,7}$/.test(value) ? Number(value) : Number.NaN;
  if (!(ms >= 1 && ms <= MAX_TIMEOUT_MS)) {
    throw new UsageError(`--timeout takes milliseconds, a whole number from 1 to ${MAX_TIMEOUT_MS}, not '${sanitizeLine(value, 40)}'`);
  }
  return ms;
}
