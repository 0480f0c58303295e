import type { Host } from '../host/index.ts';
import { didYouMean } from '../kit/suggest.ts';
import { UsageError } from '../kit/usage-error.ts';
import { PROBES, probeById, runProbe, type Probe, type ProbeResult, type ProbeStatus } from '../probes/index.ts';
import { sanitizeLine } from '../text/sanitize.ts';

/**
 * node-problem-detector's custom-plugin protocol (pkg/custompluginmonitor, v1.36.0): exit 0 is OK, 1 is NonOK and
 * any other code Unknown; stdout, trimmed, is the message, cut at max_output_length bytes (80 unless the monitor's
 * config says otherwise). Not doctor's own codes: there 1 is "a probe failed" and 2 is bad input.
 */
export const NPD_EXIT = { ok: 0, nonOk: 1, unknown: 2 } as const;
export const NPD_MAX_OUTPUT = 80;

/**
 * A warning or n/a is OK to NPD, as neither fails doctor: NonOK sets the rule's condition (or sends its event), which
 * is for a node that is broken. Unknown is NPD's own Unknown: the probe could not tell.
 */
const EXIT_OF: Record<ProbeStatus, number> = { pass: NPD_EXIT.ok, warn: NPD_EXIT.ok, 'n/a': NPD_EXIT.ok, fail: NPD_EXIT.nonOk, unknown: NPD_EXIT.unknown };

/** The probe an NPD rule names, or bad input with the nearest id: NPD counts exit 2 as Unknown, and logs stderr. */
export function npdPluginProbe(id: string): Probe {
  const probe = probeById(id);
  if (probe) return probe;
  const ids = PROBES.map((candidate) => candidate.id);
  throw new UsageError(`unknown probe '${sanitizeLine(id, 60)}' in --npd-plugin${didYouMean(id, ids)}; valid probes: ${ids.join(', ')}`);
}

/** Cut to at most `max` bytes of UTF-8 without splitting a character (NPD cuts bytes, which could). */
function cutBytes(text: string, max: number): string {
  if (Buffer.byteLength(text) <= max) return text;
  let cut = '';
  for (const char of text) {
    if (Buffer.byteLength(`${cut}${char}…`) > max) break;
    cut += char;
  }
  return `${cut}…`;
}

/**
 * The one line NPD keeps: the node to walk through first (the part a reader needs when the rest is cut), then the
 * verdict's words. `FAIL devicemapper-loopback-doom: devicemapper on loop devices (/var/lib/docker/…`.
 */
export function npdPluginLine(result: ProbeResult, max = NPD_MAX_OUTPUT): string {
  const where = result.node ? `${result.node}: ` : `${result.id}: `;
  return cutBytes(`${result.status.toUpperCase()} ${where}${sanitizeLine(result.observed, 400)}`, max);
}

/** Runs one probe as an NPD custom plugin: its exit code in NPD's terms, and its line. */
export async function runNpdPlugin(probe: Probe, host: Host, timeoutMs: number): Promise<{ exitCode: number; line: string }> {
  const result = await runProbe(probe, host, { timeoutMs });
  return { exitCode: EXIT_OF[result.status], line: npdPluginLine(result) };
}
