import { covers } from '../glob.ts';
import type { SpecName } from '../specs.ts';
import type { CommandName } from '../commands.ts';
import { inRange } from './version.ts';

/**
 * What sos copies, by plugin and version, for the paths the probes read. Checked against sosreport/sos at tags
 * 3.3 to 4.5.0 (sos/plugins/*.py, then sos/report/plugins/*.py). A path no rule covers is never collected, so
 * its absence from a report says nothing about the host.
 */
export interface FileRule {
  paths: readonly string[];
  /** Any of these plugins copies them (plugins were renamed: general became release and system). */
  plugins: readonly string[];
  since?: string;
  until?: string;
}

export const SOS_FILES: readonly FileRule[] = [
  // /etc/os-release and /etc/redhat-release are links on CentOS 7; sos copies a link's target too.
  { paths: ['/etc/os-release', '/usr/lib/os-release', '/etc/redhat-release', '/etc/centos-release'], plugins: ['general', 'release'] },
  { paths: ['/etc/system-release'], plugins: ['release'], since: '3.6' },
  { paths: ['/etc/sysconfig'], plugins: ['general', 'system'] },
  // general copied /etc/default only on Debian before 3.6; from 3.6 (commit 971b9581) system copies it everywhere.
  { paths: ['/etc/default'], plugins: ['system'], since: '3.6' },
  { paths: ['/etc/docker/daemon.json'], plugins: ['docker'], since: '3.6' },
  { paths: ['/proc/sys'], plugins: ['system'] },
  { paths: ['/proc/modules', '/etc/sysctl.conf', '/etc/sysctl.d', '/lib/sysctl.d'], plugins: ['kernel'] },
  { paths: ['/proc/mounts', '/proc/filesystems'], plugins: ['filesys'] },
  { paths: ['/etc/modules-load.d/*.conf'], plugins: ['systemd'], since: '3.6' },
  { paths: ['/etc/systemd', '/lib/systemd/system'], plugins: ['systemd'] },
  { paths: ['/etc/selinux'], plugins: ['selinux'] },
  { paths: ['/etc/kubernetes'], plugins: ['kubernetes'] },
  { paths: ['/etc/cni/net.d'], plugins: ['containerd'], since: '4.7.0' },
  { paths: ['/sys/class/dmi/id', '/sys/devices/virtual/dmi/id'], plugins: ['hardware'], since: '3.5' },
  { paths: ['/var/lib/cloud'], plugins: ['cloud_init'], since: '3.9', until: '4.1' },
  { paths: ['/run/cloud-init'], plugins: ['cloud_init'], since: '4.2' },
];

/** Why sos never has a path, where a general "sos does not collect it" would not help. */
const NEVER: readonly [RegExp, string][] = [
  [/^\/opt\/cni(\/|$)/, 'sos never collects /opt/cni, not even a listing'],
  [/^\/(usr\/(local\/)?)?s?bin(\/|$)/, 'sos never copies binaries, so the PATH is not in the report'],
  [/^\/proc\/\d+(\/|$)/, 'sos keeps no /proc/<pid> entries (its process list has the command lines)'],
  [/^\/proc\/?$/, 'sos copies chosen /proc files, not the process table'],
  [/^\/sys\/fs\/selinux(\/|$)/, 'sos does not copy /sys/fs/selinux (sestatus gives the mode)'],
  [/^\/(run|usr\/local\/lib|usr\/lib)\/sysctl\.d(\/|$)/, 'sos copies /etc/sysctl.d and /lib/sysctl.d only'],
  [/^\/(run|usr\/lib)\/modules-load\.d(\/|$)/, 'sos copies /etc/modules-load.d only'],
  [/^\/var\/log\/kube-proxy/, 'sos does not copy /var/log/kube-proxy*'],
  [/^\/var\/lib\/kubelet(\/|$)/, 'sos collects nothing under /var/lib/kubelet in this version'],
];

export type Verdict = { collected: true; plugin: string } | { collected: false; reason: string };

/** Whether a report of this version that ran these plugins would hold `path` if the host had it. */
export function sosCollects(path: string, version: number[] | undefined, versionText: string, plugins: Set<string> | undefined): Verdict {
  const rules = SOS_FILES.filter((rule) => rule.paths.some((covered) => covers(covered, path)));
  if (!rules.length) return { collected: false, reason: NEVER.find(([pattern]) => pattern.test(path))?.[1] ?? `sos does not collect ${path}` };
  const inVersion = rules.filter((rule) => inRange(version, rule.since, rule.until));
  if (!inVersion.length) {
    const rule = rules[0]!;
    return { collected: false, reason: `sos collects ${path} only ${rule.since ? `from ${rule.since}` : ''}${rule.until ? ` to ${rule.until}` : ''}; this report is ${versionText}` };
  }
  if (!plugins) return { collected: false, reason: 'this report does not say which sos plugins ran' };
  const ran = inVersion.flatMap((rule) => rule.plugins).find((plugin) => plugins.has(plugin));
  if (!ran) return { collected: false, reason: `sos's ${inVersion[0]!.plugins.join('/')} plugin did not run in this report` };
  return { collected: true, plugin: ran };
}

/** Where sos keeps a command's output, and what it takes for sos to have run it. */
export interface CommandRule {
  files: readonly { path: string; since?: string; until?: string }[];
  plugin: string;
  /** The command line as sos ran it (sos.txt lists it so; manifest.json as "exec"). */
  exec?: string;
  /** When sos runs it only under a condition, the condition; its output missing then means not collected. */
  onlyWhen?: { since: string; condition: string };
}

export type SosSource = CommandRule | { never: string };

/** sos's _mangle_command: how a command line becomes a file name under sos_commands/<plugin>/. */
export const mangleCommand = (line: string): string =>
  line
    .replace(/^\/(usr\/|)(bin|sbin)\//, '')
    .replace(/[^\w\-./]+/g, '_')
    .replace(/\//g, '.')
    .replace(/^[ ._-]+|[ ._-]+$/g, '');

export const SOS_SPECS: Record<SpecName, SosSource> = {
  'docker-info': { files: [{ path: 'sos_commands/docker/docker_info' }], plugin: 'docker', exec: 'docker info', onlyWhen: { since: '3.7', condition: 'while docker.service is active' } },
  'failed-units': { files: [{ path: 'sos_commands/systemd/systemctl_list-units_--failed' }], plugin: 'systemd', exec: 'systemctl list-units --failed' },
  sestatus: { files: [{ path: 'sos_commands/selinux/sestatus', since: '3.6' }, { path: 'sos_commands/selinux/sestatus_-b' }], plugin: 'selinux', exec: 'sestatus -b' },
  'kubelet-version': { never: 'sos never runs kubelet --version (its version is in the installed packages)' },
  'kube-proxy-log': { files: [{ path: 'sos_commands/kubernetes/journalctl_--no-pager_--unit_kube-proxy' }], plugin: 'kubernetes', exec: 'journalctl --no-pager --unit kube-proxy' },
  'installed-packages': { files: [{ path: 'installed-rpms' }, { path: 'installed-debs' }], plugin: 'rpm' },
  'kernel-modules': { files: [{ path: 'sos_commands/kernel/lsmod' }], plugin: 'kernel', exec: 'lsmod' },
  'sysctl-values': { files: [{ path: 'sos_commands/kernel/sysctl_-a' }], plugin: 'kernel', exec: 'sysctl -a' },
  dmidecode: { files: [{ path: 'sos_commands/hardware/dmidecode' }], plugin: 'hardware', exec: 'dmidecode' },
  // ps auxwww until 4.0; from 4.1 only ps auxwwwm (sos commit bb1e6c43, "Consolidate duplicate ps calls").
  'kubelet-cmdline': { files: [{ path: 'sos_commands/process/ps_auxwww', until: '4.0' }, { path: 'sos_commands/process/ps_auxwwwm' }], plugin: 'process', exec: 'ps auxwww' },
};

/** Commands with arguments: only xfs_info is ever in a report, once per xfs mount point. */
export function sosCommand(name: CommandName, args: readonly string[]): SosSource {
  if (name === 'xfs-info') return { files: [{ path: `sos_commands/xfs/${mangleCommand(`xfs_info ${args[0] ?? ''}`)}` }], plugin: 'xfs', exec: `xfs_info ${args[0] ?? ''}`, onlyWhen: { since: '0', condition: `for xfs file systems on /dev devices listed in /proc/mounts` } };
  if (name === 'mount-of') return { never: 'sos never runs findmnt --target (its /proc/mounts is read instead)' };
  if (name === 'selinux-label') return { never: 'sos never records the SELinux label of /var/lib/kubelet' };
  return { never: `sos never runs the aws CLI` };
}
