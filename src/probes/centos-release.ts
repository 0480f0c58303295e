import { evidence, finding } from './finding.ts';
import type { Probe } from './types.ts';

export const centosRelease: Probe = {
  id: 'centos-release',
  title: 'CentOS minor release',
  chapter: 'host-os',
  questions: ['centos-release', 'overlay-centos-release'],
  reads: 'reads /etc/centos-release',
  async run({ host }) {
    const expected = 'CentOS 7.2 or later (overlay needs it)';
    const text = (await host.readFile('/etc/centos-release')) ?? (await host.readFile('/etc/redhat-release'));
    if (text === undefined) return finding('n/a', 'not CentOS (no /etc/centos-release)', expected);
    const match = /release (\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
    const proof = [evidence('/etc/centos-release', text)];
    if (!match) return finding('unknown', `cannot read a release from: ${text.trim()}`, expected, { evidence: proof });
    const [major, minor] = [Number(match[1]), Number(match[2])];
    const version = match[0].replace('release ', '');
    if (major === 7 && minor < 2) {
      return finding('fail', `CentOS ${version}`, expected, { evidence: proof, suggests: 'older-than-7-2', node: 'centos-too-old-doom' });
    }
    return finding(major >= 7 ? 'pass' : 'fail', `CentOS ${version}`, expected, {
      evidence: proof,
      ...(major >= 7 ? { suggests: '7-2-or-later' } : { node: 'centos-too-old-doom' }),
    });
  },
};
