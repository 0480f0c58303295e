import type { Host, NotPresent } from '../../host/index.ts';
import { gapsOf } from '../finding.ts';

/** sysctl.d(5): directories by precedence; a file in an earlier one shadows a file of the same name in a later one. */
export const SYSCTL_DIRS = ['/etc/sysctl.d', '/run/sysctl.d', '/usr/local/lib/sysctl.d', '/usr/lib/sysctl.d', '/lib/sysctl.d'];

/** One directory under two names on merged-/usr systems (CentOS and RHEL 7 on, Debian 10 on): either read stands for both. */
const SAME_DIRECTORY: Record<string, string> = { '/usr/lib/sysctl.d': '/lib/sysctl.d', '/lib/sysctl.d': '/usr/lib/sysctl.d' };

export interface SysctlAssignment {
  file: string;
  value: string;
}

export interface EffectiveSysctl {
  /** What systemd-sysctl leaves the key at: the last assignment in the files' name order. */
  value?: string;
  /** Every assignment in the order applied; the last one wins. */
  chain: SysctlAssignment[];
  /** The key's value in /etc/sysctl.conf, which `sysctl -p` reads but the boot-time race can lose. */
  sysctlConf?: string;
  /** Directories or files that could hold an assignment but were not collected or could not be read. */
  gaps: NotPresent[];
}

/** The value a sysctl file or `sysctl -a` output gives a key (the last assignment), if any. */
export const assignment = (text: string, key: string): string | undefined => {
  let value: string | undefined;
  for (const line of text.split('\n')) {
    const match = /^\s*-?([\w./-]+)\s*=\s*(.*?)\s*$/.exec(line);
    if (match && match[1]!.replace(/\//g, '.') === key) value = match[2]!;
  }
  return value;
};

/** Reads a key's value as the configuration will set it at boot, in sysctl.d(5) order. */
export async function effectiveSysctl(host: Host, key: string): Promise<EffectiveSysctl> {
  const byName = new Map<string, string>();
  const listings = new Map(await Promise.all(SYSCTL_DIRS.map(async (dir) => [dir, await host.listDir(dir)] as const)));
  const gaps: NotPresent[] = [];
  for (const dir of SYSCTL_DIRS) {
    const listing = listings.get(dir)!;
    const twin = SAME_DIRECTORY[dir];
    if (listing.kind !== 'present') {
      if (!(twin && listings.get(twin)!.kind === 'present')) gaps.push(...gapsOf(listing));
      continue;
    }
    for (const name of listing.value) {
      if (name.endsWith('.conf') && !byName.has(name)) byName.set(name, `${dir}/${name}`);
    }
  }
  const chain: SysctlAssignment[] = [];
  for (const name of [...byName.keys()].sort()) {
    const file = byName.get(name)!;
    const read = await host.readFile(file);
    gaps.push(...gapsOf(read));
    const value = read.kind === 'present' ? assignment(read.value, key) : undefined;
    if (value !== undefined) chain.push({ file, value });
  }
  const conf = await host.readFile('/etc/sysctl.conf');
  gaps.push(...gapsOf(conf));
  const sysctlConf = conf.kind === 'present' ? assignment(conf.value, key) : undefined;
  return { ...(chain.length ? { value: chain.at(-1)!.value } : {}), chain, ...(sysctlConf !== undefined ? { sysctlConf } : {}), gaps };
}
