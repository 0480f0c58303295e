/**
 * Every command a probe may run, and nothing else: read-only queries, each with the argument shapes it accepts.
 * No `modprobe` beyond the dry run, no `sysctl -p/-w`, no package installs. Adding a command here is a review
 * question: does it change anything on the host?
 */
interface CommandSpec {
  argv: readonly string[];
  /** Patterns the extra arguments must match, one per argument. */
  args?: readonly RegExp[];
}

const ABSOLUTE_PATH = /^\/[\w./-]*$/;
const INSTANCE_ID = /^i-[0-9a-f]{8,17}$/;
const SECURITY_GROUP = /^sg-[0-9a-f]{8,17}$/;
const REGION = /^[a-z]{2}(-[a-z]+)+-\d$/;

export const COMMANDS = {
  'docker-info': { argv: ['docker', 'info'] },
  'failed-units': { argv: ['systemctl', 'list-units', '--failed', '--no-legend', '--plain'] },
  sestatus: { argv: ['sestatus'] },
  'selinux-label': { argv: ['ls', '-Zd'], args: [ABSOLUTE_PATH] },
  'mount-of': {
    argv: ['findmnt', '-n', '-o', 'SOURCE,FSTYPE,TARGET', '--target'],
    args: [ABSOLUTE_PATH],
  },
  'xfs-info': { argv: ['xfs_info'], args: [ABSOLUTE_PATH] },
  'kubelet-version': { argv: ['kubelet', '--version'] },
  'kube-proxy-log': { argv: ['journalctl', '--no-pager', '--unit', 'kube-proxy', '--lines', '2000'] },
  // The package database, queried: `rpm -qa` prints name-version-release.arch, one a line, and changes nothing.
  'installed-rpms': { argv: ['rpm', '-qa'] },
  'aws-instance': {
    argv: ['aws', 'ec2', 'describe-instances', '--output', 'json', '--region'],
    args: [REGION, /^--instance-ids$/, INSTANCE_ID],
  },
  'aws-security-groups': {
    argv: ['aws', 'ec2', 'describe-security-groups', '--output', 'json', '--region'],
    args: [REGION, /^--group-ids$/, SECURITY_GROUP, SECURITY_GROUP, SECURITY_GROUP, SECURITY_GROUP, SECURITY_GROUP],
  },
} as const satisfies Record<string, CommandSpec>;

export type CommandName = keyof typeof COMMANDS;

/** The full argv for a command, or an error when an argument is not of an allowed shape. */
export function commandLine(name: CommandName, args: readonly string[] = []): string[] {
  const spec: CommandSpec = COMMANDS[name];
  const allowed = spec.args ?? [];
  if (args.length > allowed.length || args.some((arg, index) => !allowed[index]!.test(arg))) {
    throw new Error(`'${name}' does not accept the arguments ${JSON.stringify(args)}`);
  }
  return [...spec.argv, ...args];
}

/**
 * How a captured host names a command's output: the argv joined by `_`, with `/` as `.`
 * (`docker info` → `commands/docker_info`, `xfs_info /var/lib/docker` → `commands/xfs_info_.var.lib.docker`).
 */
export const capturedName = (argv: readonly string[]): string => argv.join('_').replace(/\//g, '.');
