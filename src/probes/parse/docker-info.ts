/** What the storage probes need from `docker info`, from the text of Docker 1.10/1.12 or the JSON of newer ones. */
export interface DockerInfo {
  driver?: string;
  loopDataFile?: string;
  dataFile?: string;
  backingFilesystem?: string;
  supportsDType?: boolean;
  poolName?: string;
  bridgeNfIptables?: boolean;
  bridgeNfIp6tables?: boolean;
  /** Docker's own SELinux support (`--selinux-enabled`) is on. */
  selinux: boolean;
  warnings: string[];
}

function fromJson(text: string): DockerInfo | undefined {
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const status = new Map((Array.isArray(data.DriverStatus) ? data.DriverStatus : []) as [string, string][]);
  const dType = status.get('Supports d_type');
  return {
    ...(typeof data.Driver === 'string' ? { driver: data.Driver } : {}),
    ...(status.has('Data loop file') ? { loopDataFile: status.get('Data loop file')! } : {}),
    ...(status.has('Data file') ? { dataFile: status.get('Data file')! } : {}),
    ...(status.has('Backing Filesystem') ? { backingFilesystem: status.get('Backing Filesystem')! } : {}),
    ...(dType ? { supportsDType: dType === 'true' } : {}),
    ...(status.has('Pool Name') ? { poolName: status.get('Pool Name')! } : {}),
    ...(typeof data.BridgeNfIptables === 'boolean' ? { bridgeNfIptables: data.BridgeNfIptables } : {}),
    ...(typeof data.BridgeNfIp6tables === 'boolean' ? { bridgeNfIp6tables: data.BridgeNfIp6tables } : {}),
    selinux: (Array.isArray(data.SecurityOptions) ? data.SecurityOptions : []).some((option) => /(^|name=)selinux\b/.test(String(option))),
    warnings: (Array.isArray(data.Warnings) ? data.Warnings : []).map(String),
  };
}

function fromText(text: string): DockerInfo {
  // [ \t]*, not \s*: an empty field (" Backing Filesystem:" from docker 1.9.1 on RHEL 7) must not take the next line.
  const field = (name: string) => new RegExp(`^[ \\t]*${name}:[ \\t]*(\\S.*?)[ \\t\\r]*$`, 'm').exec(text)?.[1];
  const dType = field('Supports d_type');
  const warnings = text.split('\n').filter((line) => /^\s*WARNING:/.test(line)).map((line) => line.trim());
  return {
    ...(field('Storage Driver') ? { driver: field('Storage Driver')! } : {}),
    ...(field('Data loop file') ? { loopDataFile: field('Data loop file')! } : {}),
    ...(field('Data file') ? { dataFile: field('Data file')! } : {}),
    ...(field('Backing Filesystem') ? { backingFilesystem: field('Backing Filesystem')! } : {}),
    ...(dType ? { supportsDType: dType === 'true' } : {}),
    ...(field('Pool Name') ? { poolName: field('Pool Name')! } : {}),
    ...(/bridge-nf-call-iptables is disabled/.test(text) ? { bridgeNfIptables: false } : {}),
    ...(/bridge-nf-call-ip6tables is disabled/.test(text) ? { bridgeNfIp6tables: false } : {}),
    // "Security Options: seccomp selinux" on one line (1.12), or one option per indented line (1.13+).
    selinux: /^\s*Security Options:.*\bselinux\b/m.test(text) || /^\s+selinux\s*$/m.test(text),
    warnings,
  };
}

/** Parses `docker info` output; the old CLI printed its WARNING lines on stderr, so pass stdout and stderr. */
export function parseDockerInfo(text: string): DockerInfo {
  return (text.trimStart().startsWith('{') && fromJson(text.trim())) || fromText(text);
}

/** On loop devices: a `Data loop file`, or a data file that is a /dev/loop device (the canonical detector). */
export const usesLoopDevices = (info: DockerInfo): boolean =>
  info.driver === 'devicemapper' && (Boolean(info.loopDataFile) || /^\/dev\/loop\d+/.test(info.dataFile ?? ''));
