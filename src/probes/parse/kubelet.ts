import type { Host, NotPresent } from '../../host/index.ts';
import { evidence, gapsOf, isFinding, usableOutput } from '../finding.ts';
import type { Evidence } from '../types.ts';

export interface KubeletSetup {
  /** [major, minor, patch] from `kubelet --version`, else from the kubelet package. */
  version?: [number, number, number];
  /** Flags from the running process, else from the unit's config files. */
  flags: Map<string, string>;
  /** The flags are the running kubelet's own, or come from every config file there is: nothing hides one. */
  flagsComplete: boolean;
  evidence: Evidence[];
  /** Reads that could have shown a flag or the version but were not collected or could not be read. */
  gaps: NotPresent[];
  versionGaps: NotPresent[];
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

const VERSION = /v(\d+)\.(\d+)\.(\d+)/;
/** The kubelet package in a package list: kubelet-1.4.4-0.x86_64 (rpm), or "kubelet 1.4.4-00" (dpkg). */
const PACKAGE = /^(?:ii\s+)?kubelet[-\s]+(\d+)\.(\d+)\.(\d+)[-\s].*$/m;

async function readVersion(host: Host, setup: KubeletSetup): Promise<void> {
  const command = await host.read('kubelet-version');
  const usable = usableOutput(command, '');
  const match = isFinding(usable) ? undefined : VERSION.exec(usable.text);
  if (!isFinding(usable) && match) {
    setup.version = [Number(match[1]), Number(match[2]), Number(match[3])];
    setup.evidence.push(evidence(usable.source, usable.text.trim()));
    return;
  }
  const packages = await host.read('installed-packages');
  const found = packages.kind === 'present' ? PACKAGE.exec(packages.value.output) : undefined;
  if (packages.kind === 'present' && found) {
    setup.version = [Number(found[1]), Number(found[2]), Number(found[3])];
    setup.evidence.push(evidence(packages.source, found[0].trim()));
    return;
  }
  setup.versionGaps.push(...gapsOf(command, packages));
}

/** The kubelet's version and flags, as far as this host shows them. */
export async function readKubelet(host: Host): Promise<KubeletSetup> {
  const setup: KubeletSetup = { flags: new Map(), flagsComplete: false, evidence: [], gaps: [], versionGaps: [] };
  await readVersion(host, setup);
  const running = await host.read('kubelet-cmdline');
  if (running.kind === 'present') {
    const args = running.value.output.split('\0').filter(Boolean).slice(1);
    setup.flags = flagsIn(args);
    setup.flagsComplete = true;
    setup.evidence.push(evidence(running.source, args.filter((arg) => /network-plugin|cni/.test(arg)).join(' ') || args.join(' ')));
    return setup;
  }
  setup.gaps.push(...gapsOf(running));
  const files = [...CONFIG_FILES];
  for (const dir of DROP_IN_DIRS) {
    const listing = await host.listDir(dir);
    setup.gaps.push(...gapsOf(listing));
    if (listing.kind === 'present') for (const name of listing.value) if (name.endsWith('.conf')) files.push(`${dir}/${name}`);
  }
  for (const file of files) {
    const read = await host.readFile(file);
    setup.gaps.push(...gapsOf(read));
    if (read.kind !== 'present') continue;
    // Unit files carry flags inside variables: Environment="KUBELET_NETWORK_ARGS=--network-plugin=cni ...".
    const tokens = read.value.split(/[\s"']+/).map((token) => token.replace(/^[A-Za-z_]+=(?=--)/, '')).filter(Boolean);
    const found = flagsIn(tokens);
    if (!found.size) continue;
    for (const [flag, value] of found) setup.flags.set(flag, value);
    setup.evidence.push(evidence(file, [...found].filter(([flag]) => /network-plugin|cni/.test(flag)).map(([flag, value]) => `--${flag}=${value}`).join(' ')));
  }
  setup.flagsComplete = !setup.gaps.length;
  return setup;
}

export const versionText = (version: [number, number, number]) => `v${version.join('.')}`;
