import { cannotTell, finding } from './finding.ts';
import { readKubelet, versionText } from './parse/kubelet.ts';
import type { Probe } from './types.ts';

export const kubeletCniFlags: Probe = {
  id: 'kubelet-cni-flags',
  title: "kubelet's CNI flags",
  chapter: 'cni',
  questions: ['cni-flags-1-4'],
  reads: "reads the kubelet's command line and unit files",
  async run({ host }) {
    const expected = 'from 1.4: --network-plugin=cni with --cni-conf-dir and --cni-bin-dir, not --network-plugin-dir';
    const { version, flags, flagsComplete, evidence, gaps, versionGaps } = await readKubelet(host);
    if (version && version[0] === 1 && version[1] < 4) return finding('n/a', `${versionText(version)}: the 1.4 flags do not apply`, expected, { evidence });
    if (flags.has('cni-conf-dir') || flags.has('cni-bin-dir')) {
      return finding('pass', `--cni-conf-dir=${flags.get('cni-conf-dir') ?? '(default)'} --cni-bin-dir=${flags.get('cni-bin-dir') ?? '(default)'}`, expected, { evidence, suggests: 'cni-dir-flags' });
    }
    // What follows judges flags by their absence, which only a complete view can show.
    if (!flagsComplete) return cannotTell(flags.size ? 'the kubelet flags found set no CNI directories, but not every unit file could be read' : 'no kubelet command line or unit flags to read', expected, gaps, evidence);
    if (!flags.size) return finding('unknown', 'no kubelet command line or unit flags found', expected, { evidence });
    if (flags.get('network-plugin') !== 'cni') return finding('n/a', `kubelet runs --network-plugin=${flags.get('network-plugin') ?? '(none)'}, not CNI`, expected, { evidence });
    // The 1.3 flag is right on 1.3 and ignored from 1.4: without the version there is nothing to fail.
    if (flags.has('network-plugin-dir') && !version) return cannotTell(`--network-plugin-dir=${flags.get('network-plugin-dir')}: the 1.3 flag, ignored from 1.4, and the kubelet's version cannot be read`, expected, versionGaps, evidence);
    if (flags.has('network-plugin-dir')) {
      return finding('fail', `--network-plugin-dir=${flags.get('network-plugin-dir')}: the 1.3 flag, not read for CNI from 1.4`, expected, { evidence, suggests: 'network-plugin-dir', node: 'cni-old-flags-doom' });
    }
    return finding('pass', 'CNI with the default directories (/etc/cni/net.d, /opt/cni/bin)', expected, { evidence, suggests: 'cni-dir-flags' });
  },
};
