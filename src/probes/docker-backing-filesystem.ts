import type { Host } from '../host/index.ts';
import { evidence, finding, linesMatching } from './finding.ts';
import { parseDockerInfo } from './parse/docker-info.ts';
import { parseKeyValues } from './parse/key-values.ts';
import type { Evidence, Probe } from './types.ts';

const DOCKER_ROOT = '/var/lib/docker';

/** The mount holding /var/lib/docker, from findmnt or, on a captured host, /proc/mounts. */
async function dockerMount(host: Host, timeoutMs: number, signal: AbortSignal) {
  const found = await host.run('mount-of', [DOCKER_ROOT], { timeoutMs, signal });
  const fields = found.exitCode === 0 ? found.output.trim().split(/\s+/) : [];
  if (fields.length >= 3) return { source: fields[0]!, type: fields[1]!, target: fields[2]!, from: found.source };
  const mounts = await host.readFile('/proc/mounts');
  const best = (mounts ?? '')
    .split('\n')
    .map((line) => line.split(/\s+/))
    .filter((f) => f.length >= 3 && (DOCKER_ROOT === f[1] || DOCKER_ROOT.startsWith(f[1] === '/' ? '/' : `${f[1]}/`)))
    .sort((a, b) => b[1]!.length - a[1]!.length)[0];
  return best ? { source: best[0]!, type: best[2]!, target: best[1]!, from: '/proc/mounts' } : undefined;
}

export const dockerBackingFilesystem: Probe = {
  id: 'docker-backing-filesystem',
  title: 'Filesystem under /var/lib/docker',
  chapter: 'storage-driver',
  questions: ['overlay-backing-filesystem'],
  reads: 'runs docker info, findmnt and xfs_info on /var/lib/docker',
  async run({ host, timeoutMs, signal }) {
    const expected = 'XFS made with ftype=1 (d_type support)';
    const proof: Evidence[] = [];
    const info = await host.run('docker-info', [], { timeoutMs, signal });
    const docker = info.exitCode === 0 ? parseDockerInfo(info.output) : undefined;
    if (docker?.backingFilesystem) proof.push(evidence(info.source, linesMatching(info.output, /Backing Filesystem|Supports d_type|d_type support/)));
    const mount = await dockerMount(host, timeoutMs, signal);
    if (mount) proof.push(evidence(mount.from, `${mount.source} ${mount.type} ${mount.target}`));
    const type = mount?.type ?? docker?.backingFilesystem;
    if (!type) return finding('unknown', 'cannot tell which filesystem holds /var/lib/docker', expected, { evidence: proof });
    if (type !== 'xfs') {
      const os = parseKeyValues((await host.readFile('/etc/os-release')) ?? '');
      const redHat = [os.ID, ...(os.ID_LIKE ?? '').split(/\s+/)].some((id) => id === 'centos' || id === 'rhel');
      return redHat
        ? finding('fail', `${type}: CentOS and RHEL support overlay only on XFS`, expected, { evidence: proof, suggests: 'other-filesystem', node: 'overlay-needs-xfs-doom' })
        : finding('pass', `${type}: fine for overlay on ${os.PRETTY_NAME ?? 'this distribution'} (the XFS rule is CentOS's)`, expected, { evidence: proof, suggests: 'other-filesystem' });
    }
    let dType = docker?.supportsDType;
    const xfs = await host.run('xfs-info', [mount?.target ?? DOCKER_ROOT], { timeoutMs, signal });
    const ftype = /ftype=(\d)/.exec(xfs.output)?.[1];
    if (xfs.exitCode === 0 && ftype) {
      proof.push(evidence(xfs.source, linesMatching(xfs.output, /ftype=/)));
      dType = ftype === '1';
    }
    if (dType === undefined) return finding('unknown', 'XFS, but neither docker info nor xfs_info tells its ftype', expected, { evidence: proof });
    if (!dType) {
      return finding('fail', 'XFS made with ftype=0: no d_type for overlay', expected, { evidence: proof, suggests: 'xfs-without-d-type', node: 'overlay-without-d-type-doom' });
    }
    return finding('pass', 'XFS with ftype=1', expected, { evidence: proof, suggests: 'xfs-with-d-type' });
  },
};
