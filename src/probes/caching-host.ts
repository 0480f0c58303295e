import { ReadAborted, type Host } from '../host/index.ts';

/**
 * One run's view of a host: each file, listing and command is read once and shared, so the five probes that
 * look at `docker info` run it once. A run is short, and the host is only read, so nothing goes stale. A read
 * stopped by one probe's deadline is forgotten, so another probe asks again rather than inherit the stop.
 */
export function cachingHost(host: Host): Host {
  const cache = new Map<string, Promise<unknown>>();
  const once = <T>(key: string, read: () => Promise<T>, signal: AbortSignal | undefined): Promise<T> => {
    if (!cache.has(key)) {
      const promise = read();
      cache.set(key, promise);
      promise.catch((error: unknown) => {
        if (error instanceof ReadAborted && cache.get(key) === promise) cache.delete(key);
      });
    }
    // Stopped for the probe that started it, not for this one: read again, under this caller's own signal.
    return (cache.get(key) as Promise<T>).catch((error: unknown) => {
      if (error instanceof ReadAborted && !signal?.aborted) return once(key, read, signal);
      throw error;
    });
  };
  return {
    description: host.description,
    kind: host.kind,
    readFile: (path, options) => once(`file ${path} ${options?.overCap ?? ''} ${options?.binary ?? ''}`, () => host.readFile(path, options), options?.signal),
    listDir: (path, options) => once(`dir ${path}`, () => host.listDir(path, options), options?.signal),
    stat: (path, options) => once(`stat ${path}`, () => host.stat(path, options), options?.signal),
    read: (spec, options) => once(`spec ${spec}`, () => host.read(spec, options), options?.signal),
    run: (command, args = [], options) => once(`run ${command} ${args.join(' ')}`, () => host.run(command, args, options), options?.signal),
  };
}
