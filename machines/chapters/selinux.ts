import { doom, fix, question } from '../node-builders.ts';
import type { ChapterSpec } from '../types.ts';

export const selinuxChapter: ChapterSpec = {
  id: 'selinux',
  title: 'SELinux',
  entry: 'selinux-mode',
  nodes: {
    'selinux-mode': question(
      [
        { id: 'enforcing', label: 'Enforcing, as CentOS ships it', target: 'selinux-enforcing-doom' },
        { id: 'enforcing-relabelled', label: 'Enforcing, with /var/lib/kubelet relabelled for containers', target: 'relabel-kubelet-dir' },
        { id: 'permissive', label: 'Permissive', target: 'selinux-permissive' },
        { id: 'disabled', label: 'Disabled until upstream pins it down', target: 'selinux-disabled' },
      ],
      { probe: 'selinux-mode' },
    ),
    'selinux-enforcing-doom': doom(),
    'relabel-kubelet-dir': fix('kubernetes-version'),
    'selinux-permissive': fix('kubernetes-version'),
    'selinux-disabled': fix('kubernetes-version'),
  },
};
