import { cannotTell, finding } from './finding.ts';
import { readKubelet, versionText } from './parse/kubelet.ts';
import type { Probe } from './types.ts';

export const kubeletCniFlags: Probe = {
  id: 'kubelet-cni-flags',
  title: "kubelet's CNI flags",
  chapter: 'cni',
  reads: "reads the kubelet's command line and unit files",
  expected: 'from 1.4: --network-plugin=cni with --cni-conf-dir and --cni-bin-dir, or --network-plugin-dir naming the CNI config directory',
  async run({ host }) {
    const { version, flags, flagsComplete, evidence, gaps } = await readKubelet(host);
    if (version && version[0] === 1 && version[1] < 4) return finding('n/a', `${versionText(version)}: the 1.4 flags do not apply`, { evidence });
    if (flags.has('cni-conf-dir') || flags.has('cni-bin-dir')) {
      return finding('pass', `--cni-conf-dir=${flags.get('cni-conf-dir') ?? '(default)'} --cni-bin-dir=${flags.get('cni-bin-dir') ?? '(default)'}`, { evidence, suggests: 'cni-dir-flags' });
    }
    // What follows judges flags by their absence, which only a complete view can show.
    if (!flagsComplete) return cannotTell(flags.size ? 'the kubelet flags found set no CNI directories, but not every unit file could be read' : 'no kubelet command line or unit flags to read', gaps, evidence);
    if (!flags.size) return finding('unknown', 'no kubelet command line or unit flags found', { evidence });
    if (flags.get('network-plugin') !== 'cni') return finding('n/a', `kubelet runs --network-plugin=${flags.get('network-plugin') ?? '(none)'}, not CNI`, { evidence });
    if (flags.has('network-plugin-dir')) {
      // 1.4 still reads it as the CNI config directory (kubernetes#32151); pointed at the binaries, it finds no config.
      const dir = flags.get('network-plugin-dir')!;
      return /\/bin\/?$/.test(dir)
        ? finding('fail', `--network-plugin-dir=${dir}: read as the CNI config directory, and it holds binaries`, { evidence, suggests: 'network-plugin-dir-binaries', node: 'cni-old-flags-doom' })
        : finding('pass', `--network-plugin-dir=${dir}: still read as the CNI config directory in 1.4`, { evidence, suggests: 'network-plugin-dir' });
    }
    return finding('pass', 'CNI with the default directories (/etc/cni/net.d, /opt/cni/bin)', { evidence, suggests: 'cni-dir-flags' });
  },
};
