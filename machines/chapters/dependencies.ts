import { doom, fix, question } from '../node-builders.ts';
import type { ChapterDraft } from '../types.ts';

export const dependenciesChapter = {
  id: 'dependencies',
  title: 'Other dependencies',
  entry: 'node-dependencies',
  nodes: {
    'node-dependencies': question(
      [
        { id: 'packages-kubernetes-lists', label: 'Only what the Kubernetes packages pull in', target: 'missing-dependencies-doom' },
        { id: 'install-undocumented', label: 'Also conntrack-tools, socat and bridge-utils', target: 'install-node-dependencies' },
      ],
      { probe: 'node-dependencies' },
    ),
    'missing-dependencies-doom': doom(),
    'install-node-dependencies': fix('reboot-and-verify'),
  },
} as const satisfies ChapterDraft;
