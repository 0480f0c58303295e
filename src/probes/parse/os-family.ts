import type { Host } from '../../host/index.ts';
import { parseKeyValues } from './key-values.ts';

export type OsFamily = 'red-hat' | 'debian' | 'other' | 'unknown';

/** The distribution family from /etc/os-release (or /usr/lib/os-release): ID and ID_LIKE. Unknown when unread. */
export async function osFamily(host: Host): Promise<OsFamily> {
  let read = await host.readFile('/etc/os-release');
  if (read.kind !== 'present') read = await host.readFile('/usr/lib/os-release');
  if (read.kind !== 'present') return 'unknown';
  const release = parseKeyValues(read.value);
  const ids = [release.ID, ...(release.ID_LIKE ?? '').split(/\s+/)].map((id) => (id ?? '').toLowerCase());
  if (ids.some((id) => id === 'rhel' || id === 'centos' || id === 'fedora')) return 'red-hat';
  if (ids.some((id) => id === 'debian' || id === 'ubuntu')) return 'debian';
  return release.ID ? 'other' : 'unknown';
}
