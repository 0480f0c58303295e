import type { ChoiceId } from '../../machines/index.ts';
import { parseKeyValues } from './parse/key-values.ts';
import { cannotTell, evidence, finding, gapsOf } from './finding.ts';
import type { Probe } from './types.ts';

const PORTABLE = new Map<string, ChoiceId>([
  ['centos', 'centos-7'],
  ['rhel', 'centos-7'],
  ['debian', 'debian-ubuntu'],
  ['ubuntu', 'debian-ubuntu'],
  ['coreos', 'coreos'],
  ['flatcar', 'coreos'],
]);

export const osRelease: Probe = {
  id: 'os-release',
  title: 'Host operating system',
  chapter: 'host-os',
  reads: 'reads /etc/os-release',
  expected: 'a portable distribution: CentOS, Debian, Ubuntu or CoreOS',
  async run({ host }) {
    const etc = await host.readFile('/etc/os-release');
    const read = etc.kind === 'present' ? etc : await host.readFile('/usr/lib/os-release');
    if (read.kind !== 'present') {
      const system = await host.readFile('/etc/system-release');
      if (system.kind === 'present' && /Amazon Linux/.test(system.value)) {
        return finding('fail', system.value.trim(), { evidence: [evidence(system.source, system.value)], suggests: 'amazon-linux', node: 'amazon-linux-doom' });
      }
      const gaps = gapsOf(etc, read, system);
      return gaps.length ? cannotTell('cannot read the os-release', gaps) : finding('unknown', 'no /etc/os-release');
    }
    const release = parseKeyValues(read.value);
    const id = (release.ID ?? '').toLowerCase();
    const name = release.PRETTY_NAME ?? release.NAME ?? id;
    const proof = [evidence(read.source, [`ID=${release.ID ?? ''}`, `PRETTY_NAME=${release.PRETTY_NAME ?? ''}`].join('\n'))];
    if (!id) return finding('unknown', `${read.source} has no ID= line to tell the distribution by`, { evidence: proof });
    if (id === 'amzn') return finding('fail', name, { evidence: proof, suggests: 'amazon-linux', node: 'amazon-linux-doom' });
    const choice = PORTABLE.get(id) ?? [...PORTABLE].find(([like]) => (release.ID_LIKE ?? '').split(/\s+/).includes(like))?.[1];
    if (!choice) return finding('warn', `${name}: not a distribution this guide covers`, { evidence: proof });
    return finding('pass', name, { evidence: proof, suggests: choice });
  },
};
