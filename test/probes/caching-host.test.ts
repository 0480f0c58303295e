import { describe, expect, it } from 'vitest';
import { ReadAborted, present, type Host } from '../../src/host/index.ts';
import { cachingHost } from '../../src/probes/caching-host.ts';

/** A host whose first read of anything is stopped, as when the probe that started it reached its deadline. */
function firstReadStopped(): { host: Host; reads: () => number } {
  let reads = 0;
  const host = {
    description: 'test',
    kind: 'captured',
    readFile: async (path: string) => {
      reads += 1;
      if (reads === 1) throw new ReadAborted();
      return present(path, 'text');
    },
  } as unknown as Host;
  return { host, reads: () => reads };
}

describe('cachingHost', () => {
  it('reads a file once for every probe that asks', async () => {
    let reads = 0;
    const host = cachingHost({ readFile: async (path: string) => (reads += 1, present(path, 'x')) } as unknown as Host);
    await Promise.all([host.readFile('/a'), host.readFile('/a'), host.readFile('/a')]);
    expect(reads).toBe(1);
  });

  it('reads again for a probe still running when the read was stopped for another', async () => {
    const { host, reads } = firstReadStopped();
    const shared = cachingHost(host);
    const stopped = new AbortController();
    stopped.abort();
    const [forStopped, forRunning] = await Promise.allSettled([shared.readFile('/a', { signal: stopped.signal }), shared.readFile('/a', { signal: new AbortController().signal })]);
    expect(forStopped).toMatchObject({ status: 'rejected', reason: expect.any(ReadAborted) });
    expect(forRunning).toMatchObject({ status: 'fulfilled', value: { kind: 'present', value: 'text' } });
    expect(reads()).toBe(2);
  });
});
