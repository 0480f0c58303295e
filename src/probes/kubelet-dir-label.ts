import { cannotTell, finding } from './finding.ts';
import { CONTAINER_LABELS, readSelinux } from './parse/selinux.ts';
import type { Probe } from './types.ts';

export const kubeletDirLabel: Probe = {
  id: 'kubelet-dir-label',
  title: 'SELinux label of /var/lib/kubelet',
  chapter: 'selinux',
  reads: 'runs ls -Zd /var/lib/kubelet',
  expected: 'svirt_sandbox_file_t (or container_file_t) whenever SELinux enforces',
  async run({ host }) {
    const state = await readSelinux(host);
    if (state.current === undefined && !state.absent && state.configured !== 'disabled') {
      return cannotTell('cannot tell whether SELinux enforces', state.gaps, state.evidence);
    }
    if (state.current !== 'enforcing') return finding('n/a', `SELinux is ${state.current ?? 'not enforcing'}: labels are not enforced`, { evidence: state.evidence });
    if (!state.kubeletLabel) return cannotTell('cannot read the label of /var/lib/kubelet', state.labelGap ? [state.labelGap] : [], state.evidence);
    if (CONTAINER_LABELS.includes(state.kubeletLabel)) return finding('pass', state.kubeletLabel, { evidence: state.evidence });
    return finding('fail', `${state.kubeletLabel}: containers cannot read their secret volumes`, { evidence: state.evidence, node: 'relabel-kubelet-dir' });
  },
};
