import { doom, fix, question } from '../node-builders.ts';
import type { ChapterDraft } from '../types.ts';

export const cniChapter = {
  id: 'cni',
  title: 'CNI',
  entry: 'kubernetes-version',
  nodes: {
    'kubernetes-version': question(
      [
        { id: 'kubernetes-1-3', label: 'Kubernetes 1.3 (1.3.5 or later)', target: 'cni-binaries-1-3' },
        { id: 'kubernetes-1-4', label: 'Kubernetes 1.4', target: 'cni-flags-1-4' },
      ],
      { probe: 'kubelet-version' },
    ),
    'cni-binaries-1-3': question(
      [
        { id: 'plugin-binary-only', label: 'Only the network add-on\'s own plugin binary', target: 'cni-binaries-missing-doom' },
        { id: 'cni-release-binaries', label: 'The CNI release binaries too, loopback included', target: 'install-cni-binaries' },
      ],
      { probe: 'cni-loopback-binary' },
    ),
    'cni-binaries-missing-doom': doom(),
    'install-cni-binaries': fix('node-dependencies'),
    // 1.4 still reads --network-plugin-dir as the CNI config directory (kubernetes#32151 kept it for backward
    // compatibility); only pointing it at the plugin binaries is a dead end.
    'cni-flags-1-4': question(
      [
        { id: 'network-plugin-dir', label: 'Keep `--network-plugin-dir` naming the CNI config directory, as in 1.3', target: 'cni-loopback-1-4' },
        { id: 'network-plugin-dir-binaries', label: 'Point `--network-plugin-dir` at the plugin binaries', target: 'cni-old-flags-doom' },
        { id: 'cni-dir-flags', label: 'Use `--cni-conf-dir` and `--cni-bin-dir`', target: 'cni-loopback-1-4' },
      ],
      { probe: 'kubelet-cni-flags' },
    ),
    'cni-old-flags-doom': doom(),
    'cni-loopback-1-4': question(
      [
        { id: 'no-loopback', label: 'Only the network add-on\'s plugin is in the bin dir', target: 'cni-loopback-missing-doom' },
        { id: 'cni-0-2-with-loopback', label: 'CNI 0.2 or later release binaries, loopback included', target: 'configure-cni-1-4' },
      ],
      { probe: 'cni-loopback-binary' },
    ),
    'cni-loopback-missing-doom': doom(),
    'configure-cni-1-4': fix('node-dependencies'),
  },
} as const satisfies ChapterDraft;
