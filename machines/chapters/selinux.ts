import { doom, fix, info, question } from '../node-builders.ts';
import type { ChapterDraft } from '../types.ts';

/**
 * On the overlay path Docker runs without `--selinux-enabled`, so it labels no container; the documented
 * secret-volume failure needs labelled containers, so enforcing mode there leads to what is known, not to it.
 */
const dockerLabelsNothing = [{ question: 'overlay-docker-selinux', choice: 'drop-selinux-enabled' }] as const;

export const selinuxChapter = {
  id: 'selinux',
  title: 'SELinux',
  entry: 'selinux-mode',
  nodes: {
    'selinux-mode': question(
      [
        {
          id: 'enforcing',
          label: 'Enforcing, as CentOS ships it',
          target: 'selinux-enforcing-doom',
          detours: [{ ifChosen: dockerLabelsNothing, target: 'selinux-enforcing-overlay', because: 'Docker on overlay labels no container' }],
        },
        { id: 'enforcing-relabelled', label: 'Enforcing, with /var/lib/kubelet relabelled for containers', target: 'relabel-kubelet-dir' },
        { id: 'permissive', label: 'Permissive', target: 'selinux-permissive' },
        { id: 'disabled', label: 'Disabled until upstream pins it down', target: 'selinux-disabled' },
        { id: 'not-present', label: 'Not installed or not enabled on this host (usual on Debian and Ubuntu)', target: 'kubernetes-version' },
      ],
      { probe: 'selinux-mode' },
    ),
    'selinux-enforcing-doom': doom(),
    'selinux-enforcing-overlay': info('kubernetes-version'),
    'relabel-kubelet-dir': fix('kubernetes-version'),
    'selinux-permissive': fix('kubernetes-version'),
    'selinux-disabled': fix('kubernetes-version'),
  },
} as const satisfies ChapterDraft;
