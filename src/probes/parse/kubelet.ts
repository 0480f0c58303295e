import type { Host } from '../../host/index.ts';
import { evidence } from '../finding.ts';
import type { Evidence } from '../types.ts';

export interface KubeletSetup {
  /** [major, minor, patch] from `kubelet --version`. */
  version?: [number, number, number];
  /** Flags from the running process, else from the unit's config files. */
  flags: Map<string, string>;
  evidence: Evidence[];
}

const CONFIG_FILES = ['/var/lib/kubelet/kubeadm-flags.env', '/etc/kubernetes/kubelet', '/etc/sysconfig/kubelet', '/etc/default/kubelet'];
const DROP_IN_DIRS = ['/etc/systemd/system/kubelet.service.d', '/usr/lib/systemd/system/kubelet.service.d', '/lib/systemd/system/kubelet.service.d'];

/** Flags as pflag reads them: `--name=value`, `--name value`, or a bare `--name` for true. */
function flagsIn(tokens: string[]): Map<string, string> {
  const flags = new Map<string, string>();
  tokens.forEach((token, index) => {
    const match = /^--([\w-]+)(?:=(.*))?$/.exec(token);
    if (!match) return;
    const next = tokens[index + 1];
    flags.set(match[1]!, match[2] ?? (next !== undefined && !next.startsWith('-') ? next : 'true'));
  });
  return flags;
}

async function runningArgs(host: Host): Promise<{ args: string[]; source: string } | undefined> {
  for (const pid of ((await host.listDir('/proc')) ?? []).filter((name) => /^\d+$/.test(name))) {
    const cmdline = await host.readFile(`/proc/${pid}/cmdline`);
    const argv = cmdline?.split('\0').filter(Boolean) ?? [];
    const kubelet = argv.findIndex((arg, index) => /(^|\/)kubelet$/.test(arg) && (index === 0 || /hyperkube$/.test(argv[0]!)));
    if (kubelet >= 0) return { args: argv.slice(kubelet + 1), source: `/proc/${pid}/cmdline` };
  }
  return undefined;
}

/** The kubelet's version and flags, as far as this host shows them. */
export async function readKubelet(host: Host, timeoutMs: number, signal: AbortSignal): Promise<KubeletSetup> {
  const setup: KubeletSetup = { flags: new Map(), evidence: [] };
  const version = await host.run('kubelet-version', [], { timeoutMs, signal });
  const match = /v(\d+)\.(\d+)\.(\d+)/.exec(version.output);
  if (version.exitCode === 0 && match) {
    setup.version = [Number(match[1]), Number(match[2]), Number(match[3])];
    setup.evidence.push(evidence(version.source, version.output.trim()));
  }
  const running = await runningArgs(host);
  if (running) {
    setup.flags = flagsIn(running.args);
    setup.evidence.push(evidence(running.source, running.args.filter((arg) => /network-plugin|cni/.test(arg)).join(' ') || running.args.join(' ')));
    return setup;
  }
  const files = [...CONFIG_FILES];
  for (const dir of DROP_IN_DIRS) for (const name of (await host.listDir(dir)) ?? []) if (name.endsWith('.conf')) files.push(`${dir}/${name}`);
  for (const file of files) {
    const text = await host.readFile(file);
    if (text === undefined) continue;
    // Unit files carry flags inside variables: Environment="KUBELET_NETWORK_ARGS=--network-plugin=cni ...".
    const tokens = text.split(/[\s"']+/).map((token) => token.replace(/^[A-Za-z_]+=(?=--)/, '')).filter(Boolean);
    const found = flagsIn(tokens);
    if (!found.size) continue;
    for (const [flag, value] of found) setup.flags.set(flag, value);
    setup.evidence.push(evidence(file, [...found].filter(([flag]) => /network-plugin|cni/.test(flag)).map(([flag, value]) => `--${flag}=${value}`).join(' ')));
  }
  return setup;
}

export const versionText = (version: [number, number, number]) => `v${version.join('.')}`;
