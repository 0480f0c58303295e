import { cannotTell, finding } from './finding.ts';
import { readKubelet, versionText } from './parse/kubelet.ts';
import type { Probe } from './types.ts';

export const kubeletVersion: Probe = {
  id: 'kubelet-version',
  title: 'Kubernetes release',
  chapter: 'cni',
  reads: 'runs kubelet --version, else reads the installed packages',
  expected: 'a kubelet this guide covers: 1.3 (1.3.5 or later) or 1.4',
  async run({ host }) {
    const { version, evidence, versionGaps } = await readKubelet(host);
    if (!version) return versionGaps.length ? cannotTell('no kubelet --version to read', versionGaps) : finding('unknown', 'no kubelet --version to read');
    const [major, minor] = version;
    if (major === 1 && minor === 3) return finding('pass', `${versionText(version)}: the 1.3 CNI rules apply`, { evidence, suggests: 'kubernetes-1-3' });
    if (major === 1 && minor >= 4 && minor < 24) {
      return finding('pass', `${versionText(version)}: the CNI flags and loopback rule of 1.4 apply`, { evidence, suggests: 'kubernetes-1-4' });
    }
    return finding('n/a', `${versionText(version)}: kubelet no longer manages CNI plugins itself`, { evidence });
  },
};
