import { doom, fix, info, question } from '../node-builders.ts';
import type { ChapterDraft } from '../types.ts';

export const hostOsChapter = {
  id: 'host-os',
  title: 'Host OS',
  entry: 'host-os',
  nodes: {
    'host-os': question(
      [
        { id: 'amazon-linux', label: 'Amazon Linux AMI, straight from the console quick start', target: 'amazon-linux-doom' },
        { id: 'centos-7', label: 'CentOS 7 (the beaten path)', target: 'latest-centos-ami' },
        { id: 'debian-ubuntu', label: 'Debian or Ubuntu', target: 'debian-ubuntu-differences' },
        { id: 'coreos', label: 'CoreOS', target: 'coreos-differences' },
      ],
      { probe: 'os-release' },
    ),
    'amazon-linux-doom': doom(),
    // The release is asked after the update: `yum update` is what moves an old image to a current release.
    'latest-centos-ami': fix('centos-release'),
    'centos-release': question(
      [
        { id: 'older-than-7-2', label: 'Still 7.0 or 7.1 after the update', target: 'centos-too-old-doom' },
        { id: '7-2-or-later', label: '7.2 or later', target: 'storage-driver' },
      ],
      { probe: 'centos-release' },
    ),
    'centos-too-old-doom': doom(),
    'debian-ubuntu-differences': info('storage-driver'),
    'coreos-differences': info('storage-driver'),
  },
} as const satisfies ChapterDraft;
