import type { Host } from '../host/index.ts';

/**
 * One run's view of a host: each file, listing and command is read once and shared, so the five probes that
 * look at `docker info` run it once. A run is short, and the host is only read, so nothing goes stale.
 */
export function cachingHost(host: Host): Host {
  const cache = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, read: () => Promise<T>): Promise<T> => {
    if (!cache.has(key)) cache.set(key, read());
    return cache.get(key) as Promise<T>;
  };
  return {
    description: host.description,
    kind: host.kind,
    readFile: (path) => once(`file ${path}`, () => host.readFile(path)),
    listDir: (path) => once(`dir ${path}`, () => host.listDir(path)),
    stat: (path) => once(`stat ${path}`, () => host.stat(path)),
    run: (command, args = [], options) => once(`run ${command} ${args.join(' ')}`, () => host.run(command, args, options)),
  };
}
