import { cannotTell, finding } from './finding.ts';
import { CONTAINER_LABELS, readSelinux } from './parse/selinux.ts';
import type { Probe } from './types.ts';

export const selinuxMode: Probe = {
  id: 'selinux-mode',
  title: 'SELinux mode',
  chapter: 'selinux',
  reads: 'reads /sys/fs/selinux/enforce (or sestatus) and /etc/selinux/config, runs ls -Zd /var/lib/kubelet',
  expected: 'permissive or disabled, or enforcing with /var/lib/kubelet labelled svirt_sandbox_file_t',
  async run({ host }) {
    const state = await readSelinux(host);
    const proof = { evidence: state.evidence };
    const current = state.current ?? (state.configured === 'disabled' ? 'disabled' : undefined);
    if (current === undefined) {
      if (state.absent) return finding('n/a', 'SELinux is not installed', { suggests: 'not-present' });
      if (state.gaps.length) return cannotTell(state.configured ? `configured ${state.configured}, current mode unknown` : 'cannot tell the SELinux mode', state.gaps, state.evidence);
      return finding('unknown', `configured ${state.configured ?? 'nothing'}, current mode unknown`, proof);
    }
    const reverts = state.configured && state.configured !== current ? `; /etc/selinux/config says ${state.configured} at the next boot` : '';
    if (current === 'disabled') return finding('pass', `disabled${reverts}`, { ...proof, suggests: 'disabled' });
    if (current === 'permissive') {
      return finding(reverts ? 'warn' : 'pass', `permissive${reverts}`, { ...proof, suggests: 'permissive', ...(reverts ? { node: 'selinux-permissive' } : {}) });
    }
    if (state.kubeletLabel && CONTAINER_LABELS.includes(state.kubeletLabel)) {
      return finding('pass', `enforcing, /var/lib/kubelet labelled ${state.kubeletLabel}`, { ...proof, suggests: 'enforcing-relabelled' });
    }
    if (!state.kubeletLabel) {
      return finding('warn', 'enforcing; the label of /var/lib/kubelet is not recorded here, and unless it is svirt_sandbox_file_t secret volumes will not be readable', {
        ...proof,
        suggests: 'enforcing',
        node: 'selinux-enforcing-doom',
      });
    }
    return finding('fail', `enforcing, /var/lib/kubelet labelled ${state.kubeletLabel}: secret volumes will not be readable`, {
      ...proof,
      suggests: 'enforcing',
      node: 'selinux-enforcing-doom',
    });
  },
};
