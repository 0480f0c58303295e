import { throwIfAborted } from './outcome.ts';
import type { Host } from './types.ts';

/**
 * The host as one probe sees it: every read, listing and command carries the probe's signal, so at its deadline
 * the probe's walks stop at the next step and its commands' process groups are killed, instead of running on
 * after the answer was given up. Its commands get the probe's own deadline (`--timeout`) as theirs.
 */
export function withSignal(host: Host, signal: AbortSignal, timeoutMs?: number): Host {
  const limit = timeoutMs === undefined ? {} : { timeoutMs };
  return {
    description: host.description,
    kind: host.kind,
    readFile: async (path, options) => (throwIfAborted(signal), host.readFile(path, { ...options, signal })),
    listDir: async (path, options) => (throwIfAborted(signal), host.listDir(path, { ...options, signal })),
    stat: async (path, options) => (throwIfAborted(signal), host.stat(path, { ...options, signal })),
    read: async (spec, options) => (throwIfAborted(signal), host.read(spec, { ...limit, ...options, signal })),
    run: async (command, args, options) => (throwIfAborted(signal), host.run(command, args, { ...limit, ...options, signal })),
  };
}
