import type { Host, NotPresent } from '../host/index.ts';
import { cannotTell, evidence, finding, gapsOf, isFinding, linesMatching, usableOutput } from './finding.ts';
import { parseDockerInfo } from './parse/docker-info.ts';
import { mountHolding } from './parse/mounts.ts';
import { osFamily } from './parse/os-family.ts';
import { parseKeyValues } from './parse/key-values.ts';
import type { Evidence, Probe } from './types.ts';

const DOCKER_ROOT = '/var/lib/docker';

/** The mount holding /var/lib/docker, from findmnt or, where findmnt's answer is not there, /proc/mounts. */
async function dockerMount(host: Host, gaps: NotPresent[]) {
  const found = usableOutput(await host.run('mount-of', [DOCKER_ROOT]), '');
  const fields = isFinding(found) ? [] : found.text.trim().split(/\s+/);
  if (!isFinding(found) && fields.length >= 3) return { source: fields[0]!, type: fields[1]!, target: fields[2]!, from: found.source };
  const mounts = await host.readFile('/proc/mounts');
  gaps.push(...gapsOf(mounts));
  const best = mounts.kind === 'present' ? mountHolding(mounts.value, DOCKER_ROOT) : undefined;
  return best ? { ...best, from: mounts.source } : undefined;
}

export const dockerBackingFilesystem: Probe = {
  id: 'docker-backing-filesystem',
  title: 'Filesystem under /var/lib/docker',
  chapter: 'storage-driver',
  reads: 'runs docker info, findmnt and xfs_info on /var/lib/docker (or reads /proc/mounts)',
  expected: 'XFS made with ftype=1 (d_type support)',
  async run({ host }) {
    const proof: Evidence[] = [];
    const gaps: NotPresent[] = [];
    const infoRead = await host.read('docker-info');
    const info = usableOutput(infoRead);
    const docker = isFinding(info) ? undefined : parseDockerInfo(info.text);
    if (!isFinding(info) && docker?.backingFilesystem) proof.push(evidence(info.source, linesMatching(info.text, /Backing Filesystem|Supports d_type|d_type support/)));
    const mount = await dockerMount(host, gaps);
    if (mount) proof.push(evidence(mount.from, `${mount.source} ${mount.type} ${mount.target}`));
    const type = mount?.type ?? docker?.backingFilesystem;
    if (!type) return cannotTell('cannot tell which filesystem holds /var/lib/docker', [...gaps, ...gapsOf(infoRead)], proof);
    if (type !== 'xfs') {
      const family = await osFamily(host);
      const release = await host.readFile('/etc/os-release');
      if (family === 'unknown') return cannotTell(`${type}, and the distribution cannot be read to tell whether the XFS rule applies`, gapsOf(release), proof);
      const os = parseKeyValues(release.kind === 'present' ? release.value : '');
      return family === 'red-hat' && os.ID !== 'fedora'
        ? finding('fail', `${type}: CentOS and RHEL support overlay only on XFS`, { evidence: proof, suggests: 'other-filesystem', node: 'overlay-needs-xfs-doom' })
        : finding('pass', `${type}: fine for overlay on ${os.PRETTY_NAME ?? 'this distribution'} (the XFS rule is CentOS's)`, { evidence: proof, suggests: 'other-filesystem' });
    }
    let dType = docker?.supportsDType;
    const xfsRead = await host.run('xfs-info', [mount?.target ?? DOCKER_ROOT]);
    const xfs = usableOutput(xfsRead);
    const ftype = isFinding(xfs) ? undefined : /ftype=(\d)/.exec(xfs.text)?.[1];
    if (!isFinding(xfs) && ftype) {
      proof.push(evidence(xfs.source, linesMatching(xfs.text, /ftype=/)));
      dType = ftype === '1';
    }
    if (dType === undefined) return cannotTell('XFS, but neither docker info nor xfs_info tells its ftype', gapsOf(infoRead, xfsRead), proof);
    if (!dType) {
      return finding('fail', 'XFS made with ftype=0: no d_type for overlay', { evidence: proof, suggests: 'xfs-without-d-type', node: 'overlay-without-d-type-doom' });
    }
    return finding('pass', 'XFS with ftype=1', { evidence: proof, suggests: 'xfs-with-d-type' });
  },
};
