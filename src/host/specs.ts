import type { CommandName } from './commands.ts';

/**
 * Names for what a probe wants to know, whatever the host keeps it in (as insights-core's specs do): a live host
 * runs a command or reads /proc, a capture keeps the command's output under commands/, a sos report keeps it
 * where its plugin wrote it. No probe knows which.
 */
export type SpecName =
  | 'docker-info'
  | 'failed-units'
  | 'sestatus'
  | 'kubelet-version'
  | 'kube-proxy-log'
  /** One installed package a line, name-version-release.arch (`rpm -qa`, sos's installed-rpms). */
  | 'installed-packages'
  /** Loaded modules, one a line beginning with the name (/proc/modules or lsmod). */
  | 'kernel-modules'
  /** `key = value` lines as `sysctl -a` prints them. */
  | 'sysctl-values'
  /** The DMI tables as dmidecode prints them. */
  | 'dmidecode'
  /** The running kubelet's argv, NUL-separated as /proc/<pid>/cmdline has it. */
  | 'kubelet-cmdline';

export type LiveSource = { command: CommandName } | { file: string } | { scan: 'kubelet' } | { none: string };

export interface SpecSource {
  live: LiveSource;
  /** A command whose output a capture may keep under commands/ besides (or instead of) the live source. */
  captured?: readonly string[];
}

export const SPECS: Record<SpecName, SpecSource> = {
  'docker-info': { live: { command: 'docker-info' } },
  'failed-units': { live: { command: 'failed-units' } },
  sestatus: { live: { command: 'sestatus' } },
  'kubelet-version': { live: { command: 'kubelet-version' } },
  'kube-proxy-log': { live: { command: 'kube-proxy-log' } },
  'installed-packages': { live: { command: 'installed-rpms' } },
  'kernel-modules': { live: { file: '/proc/modules' }, captured: ['lsmod'] },
  'sysctl-values': { live: { none: 'a live host is read through /proc/sys itself' }, captured: ['sysctl', '-a'] },
  dmidecode: { live: { none: 'dmidecode needs root; /sys/devices/virtual/dmi/id is read instead' }, captured: ['dmidecode'] },
  'kubelet-cmdline': { live: { scan: 'kubelet' } },
};

export const SPEC_NAMES = Object.keys(SPECS) as SpecName[];
