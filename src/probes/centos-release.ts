import { cannotTell, evidence, finding, gapsOf } from './finding.ts';
import type { Probe } from './types.ts';

/** CentOS and the distributions built from RHEL's sources: the 7.2 overlay rule follows their minor release. */
const RHEL_LIKE = /^(CentOS|Red Hat Enterprise Linux|Rocky Linux|AlmaLinux|Oracle Linux|Scientific Linux)/;

export const centosRelease: Probe = {
  id: 'centos-release',
  title: 'CentOS minor release',
  chapter: 'host-os',
  reads: 'reads /etc/centos-release, else /etc/redhat-release',
  expected: 'CentOS 7.2 or later (overlay needs it)',
  async run({ host }) {
    const centos = await host.readFile('/etc/centos-release');
    const read = centos.kind === 'present' ? centos : await host.readFile('/etc/redhat-release');
    if (read.kind !== 'present') {
      const gaps = gapsOf(centos, read);
      return gaps.length ? cannotTell('cannot read the release file', gaps) : finding('n/a', 'not CentOS (no /etc/centos-release or /etc/redhat-release)');
    }
    // The evidence names the file it came from, and the verdict the distribution that file names.
    const text = read.value.trim();
    const proof = [evidence(read.source, text)];
    const match = /^(.*?)\s+release\s+(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(text);
    if (!match) return finding('unknown', `cannot read a release from: ${text.split('\n')[0]}`, { evidence: proof });
    const [major, minor] = [Number(match[2]), Number(match[3] ?? 0)];
    const version = [match[2], match[3], match[4]].filter(Boolean).join('.');
    const named = `${match[1]!.replace(/^CentOS( Linux)?$/, 'CentOS').replace(/^Red Hat Enterprise Linux.*/, 'RHEL')} ${version}`;
    if (!RHEL_LIKE.test(match[1]!)) return finding('n/a', `${named}: not CentOS or a rebuild of RHEL`, { evidence: proof });
    if (major < 7 || (major === 7 && minor < 2)) {
      return finding('fail', named, { evidence: proof, ...(major === 7 ? { suggests: 'older-than-7-2' } : {}), node: 'centos-too-old-doom' });
    }
    return finding('pass', named, { evidence: proof, suggests: '7-2-or-later' });
  },
};
