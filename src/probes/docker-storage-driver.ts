import { evidence, finding, isFinding, linesMatching, usableOutput } from './finding.ts';
import { parseDockerInfo, usesLoopDevices } from './parse/docker-info.ts';
import type { Probe } from './types.ts';

const INFO_LINES = /Storage Driver|Data loop file|Data file|Backing Filesystem|Supports d_type|Pool Name|loopback/;

export const dockerStorageDriver: Probe = {
  id: 'docker-storage-driver',
  title: 'Docker storage driver',
  chapter: 'storage-driver',
  reads: 'runs docker info',
  expected: 'overlay (or overlay2)',
  async run({ host }) {
    const result = usableOutput(await host.read('docker-info'));
    if (isFinding(result)) return result;
    const info = parseDockerInfo(result.text);
    const proof = [evidence(result.source, linesMatching(result.text, INFO_LINES, 6))];
    if (!info.driver) return finding('unknown', `${result.source} names no storage driver`, { evidence: [evidence(result.source, result.text.split('\n').slice(0, 3).join('\n'))] });
    const driver = info.driver;
    if (/^overlay/.test(driver)) return finding('pass', `Storage Driver: ${driver}`, { evidence: proof, suggests: 'overlay' });
    if (usesLoopDevices(info)) {
      return finding('fail', `devicemapper on loop devices (${info.loopDataFile ?? info.dataFile})`, {
        evidence: proof,
        suggests: 'devicemapper-loopback',
        node: 'devicemapper-loopback-doom',
      });
    }
    if (driver === 'devicemapper') {
      return finding('warn', `devicemapper on a thin pool (${info.poolName ?? 'direct-lvm'})`, { evidence: proof, suggests: 'direct-lvm', node: 'direct-lvm-doom' });
    }
    if (driver === 'aufs') return finding('fail', 'Storage Driver: aufs', { evidence: proof, suggests: 'aufs', node: 'aufs-doom' });
    return finding('warn', `Storage Driver: ${driver}`, { evidence: proof });
  },
};
