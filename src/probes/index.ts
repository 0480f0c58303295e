export type { Evidence, Finding, Probe, ProbeContext, ProbeResult, ProbeStatus } from './types.ts';
export { PROBES, probeById } from './registry.ts';
export { DEFAULT_PROBE_TIMEOUT_MS, runProbe, runProbes, type RunOptions } from './run-probe.ts';
export { cachingHost } from './caching-host.ts';
