import type { Host } from '../../host/index.ts';

/** sysctl.d(5): directories by precedence; a file in an earlier one shadows a file of the same name in a later one. */
export const SYSCTL_DIRS = ['/etc/sysctl.d', '/run/sysctl.d', '/usr/local/lib/sysctl.d', '/usr/lib/sysctl.d', '/lib/sysctl.d'];

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
}

const assignment = (text: string, key: string) => {
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
  for (const dir of SYSCTL_DIRS) {
    for (const name of (await host.listDir(dir)) ?? []) {
      if (name.endsWith('.conf') && !byName.has(name)) byName.set(name, `${dir}/${name}`);
    }
  }
  const chain: SysctlAssignment[] = [];
  for (const name of [...byName.keys()].sort()) {
    const file = byName.get(name)!;
    const value = assignment((await host.readFile(file)) ?? '', key);
    if (value !== undefined) chain.push({ file, value });
  }
  const conf = await host.readFile('/etc/sysctl.conf');
  const sysctlConf = conf === undefined ? undefined : assignment(conf, key);
  return { ...(chain.length ? { value: chain.at(-1)!.value } : {}), chain, ...(sysctlConf !== undefined ? { sysctlConf } : {}) };
}
