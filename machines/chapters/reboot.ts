import { fix } from '../node-builders.ts';
import type { ChapterDraft } from '../types.ts';

/**
 * One reboot, after the last change on the node: the overlay switch, the sysctl.d file and SELinux disabled all
 * take effect at boot, and a setting proves it persists only by surviving one.
 */
export const rebootChapter = {
  id: 'reboot',
  title: 'Reboot and verify',
  entry: 'reboot-and-verify',
  nodes: {
    'reboot-and-verify': fix('cloud-provider'),
  },
} as const satisfies ChapterDraft;
