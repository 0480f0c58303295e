import { parseKeyValues } from './parse/key-values.ts';
import { evidence, finding } from './finding.ts';
import type { Probe } from './types.ts';

const PORTABLE = new Map([
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
  questions: ['host-os'],
  reads: 'reads /etc/os-release',
  async run({ host }) {
    const expected = 'a portable distribution: CentOS, Debian, Ubuntu or CoreOS';
    const text = (await host.readFile('/etc/os-release')) ?? (await host.readFile('/usr/lib/os-release'));
    if (text === undefined) {
      const system = await host.readFile('/etc/system-release');
      if (system && /Amazon Linux/.test(system)) {
        return finding('fail', system.trim(), expected, { evidence: [evidence('/etc/system-release', system)], suggests: 'amazon-linux', node: 'amazon-linux-doom' });
      }
      return finding('unknown', 'no /etc/os-release', expected);
    }
    const release = parseKeyValues(text);
    const id = (release.ID ?? '').toLowerCase();
    const name = release.PRETTY_NAME ?? release.NAME ?? id;
    const proof = [evidence('/etc/os-release', [`ID=${release.ID ?? ''}`, `PRETTY_NAME=${release.PRETTY_NAME ?? ''}`].join('\n'))];
    if (id === 'amzn') return finding('fail', name, expected, { evidence: proof, suggests: 'amazon-linux', node: 'amazon-linux-doom' });
    const choice = PORTABLE.get(id) ?? [...PORTABLE].find(([like]) => (release.ID_LIKE ?? '').split(/\s+/).includes(like))?.[1];
    if (!choice) return finding('warn', `${name}: not a distribution this guide covers`, expected, { evidence: proof });
    return finding('pass', name, expected, { evidence: proof, suggests: choice });
  },
};
