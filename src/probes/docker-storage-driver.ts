import { commandUnknown, evidence, finding, linesMatching } from './finding.ts';
import { parseDockerInfo, usesLoopDevices } from './parse/docker-info.ts';
import type { Probe } from './types.ts';

const INFO_LINES = /Storage Driver|Data loop file|Data file|Backing Filesystem|Supports d_type|Pool Name|loopback/;

export const dockerStorageDriver: Probe = {
  id: 'docker-storage-driver',
  title: 'Docker storage driver',
  chapter: 'storage-driver',
  questions: ['storage-driver'],
  reads: 'runs docker info',
  async run({ host, timeoutMs, signal }) {
    const expected = 'overlay (or overlay2)';
    const result = await host.run('docker-info', [], { timeoutMs, signal });
    if (result.exitCode !== 0 || result.timedOut) return commandUnknown(result, expected);
    const info = parseDockerInfo(result.output);
    const proof = [evidence(result.source, linesMatching(result.output, INFO_LINES, 6))];
    const driver = info.driver ?? 'unknown';
    if (/^overlay/.test(driver)) return finding('pass', `Storage Driver: ${driver}`, expected, { evidence: proof, suggests: 'overlay' });
    if (usesLoopDevices(info)) {
      return finding('fail', `devicemapper on loop devices (${info.loopDataFile ?? info.dataFile})`, expected, {
        evidence: proof,
        suggests: 'devicemapper-loopback',
        node: 'devicemapper-loopback-doom',
      });
    }
    if (driver === 'devicemapper') {
      return finding('warn', `devicemapper on a thin pool (${info.poolName ?? 'direct-lvm'})`, expected, { evidence: proof, suggests: 'direct-lvm', node: 'direct-lvm-doom' });
    }
    if (driver === 'aufs') return finding('fail', 'Storage Driver: aufs', expected, { evidence: proof, suggests: 'aufs', node: 'aufs-doom' });
    return finding('warn', `Storage Driver: ${driver}`, expected, { evidence: proof });
  },
};
