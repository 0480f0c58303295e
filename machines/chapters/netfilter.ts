import { doom, fix, info, question } from '../node-builders.ts';
import type { ChapterDraft } from '../types.ts';

export const netfilterChapter = {
  id: 'netfilter',
  title: 'Bridge netfilter',
  entry: 'bridge-netfilter',
  nodes: {
    'bridge-netfilter': question(
      [
        { id: 'ignore-warnings', label: 'Ignore them: Docker says they can be ignored', target: 'bridge-netfilter-ignored-doom' },
        { id: 'echo-to-proc', label: 'echo 1 into /proc/sys/net/bridge/…', target: 'echo-to-proc-doom' },
        { id: 'sysctl-conf', label: 'Add the keys to /etc/sysctl.conf and run `sysctl -p`', target: 'sysctl-conf-doom' },
        { id: 'sysctl-d-file', label: 'Set both keys to 1 in a sysctl.d file', target: 'persist-bridge-netfilter' },
      ],
      { probe: 'bridge-nf-call' },
    ),
    'bridge-netfilter-ignored-doom': doom(),
    'echo-to-proc-doom': doom(),
    'sysctl-conf-doom': doom(),
    'persist-bridge-netfilter': fix('kube-proxy-br-netfilter-warning'),
    // No reboot here: one reboot after the last change on the node proves every setting at once (chapter reboot).
    'kube-proxy-br-netfilter-warning': info('selinux-mode'),
  },
} as const satisfies ChapterDraft;
