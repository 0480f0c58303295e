import { hostname } from 'node:os';
import { sanitizeLine } from '../text/sanitize.ts';
import { readSosIndex, sosVersionSaid } from './sos/report-index.ts';
import type { Host } from './types.ts';

/**
 * The host the probes read, named for a report a user pastes into a ticket: without it "probe … overridden" reads
 * as ignored evidence. A live host adds its host name; a sos report adds the version it says it is, read through
 * the host like any other file, so the root is never left.
 */
export async function describeHost(host: Host): Promise<string> {
  if (host.kind === 'live') return `${host.description} (live, host name ${sanitizeLine(hostname(), 120)})`;
  if (host.kind === 'captured') return host.description;
  const index = await readSosIndex({
    text: async (path, options) => {
      const read = await host.readFile(path, options);
      return read.kind === 'absent' || read.kind === 'not-collected' ? undefined : read;
    },
    small: async () => undefined,
  });
  return `${host.description}, ${sosVersionSaid(index)}`;
}
