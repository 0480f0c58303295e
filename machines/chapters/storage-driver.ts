import { doom, fix, question } from '../node-builders.ts';
import type { ChapterDraft } from '../types.ts';

/** Answers from the host chapter that already settle overlay's release prerequisite. */
const hostSettled = [
  { question: 'centos-release', choice: '7-2-or-later' },
  { question: 'host-os', choice: 'debian-ubuntu' },
  { question: 'host-os', choice: 'coreos' },
] as const;

/** XFS-only is a CentOS/RHEL rule; these hosts run overlay on ext4 as well. */
const notCentos = [
  { question: 'host-os', choice: 'debian-ubuntu' },
  { question: 'host-os', choice: 'coreos' },
] as const;

export const storageDriverChapter = {
  id: 'storage-driver',
  title: 'Docker storage driver',
  entry: 'storage-driver',
  nodes: {
    'storage-driver': question(
      [
        {
          id: 'devicemapper-loopback',
          label: 'devicemapper on loop devices: whatever a plain `yum install docker` gives',
          target: 'devicemapper-loopback-doom',
        },
        { id: 'direct-lvm', label: 'devicemapper direct-lvm on a spare disk', target: 'direct-lvm-doom' },
        { id: 'aufs', label: 'AUFS, Docker\'s original driver', target: 'aufs-doom' },
        {
          id: 'overlay',
          label: 'overlay',
          target: 'overlay-centos-release',
          detours: [
            { ifChosen: hostSettled, target: 'overlay-backing-filesystem', because: 'the host chapter already settled the release' },
          ],
        },
      ],
      { probe: 'docker-storage-driver' },
    ),
    'devicemapper-loopback-doom': doom(),
    'direct-lvm-doom': doom(),
    'aufs-doom': doom(),
    'overlay-centos-release': question(
      [
        { id: 'older-than-7-2', label: 'An older 7.x: 7.0 or 7.1', target: 'centos-too-old-doom' },
        { id: '7-2-or-later', label: '7.2 or later', target: 'overlay-backing-filesystem' },
      ],
      { probe: 'centos-release' },
    ),
    'overlay-backing-filesystem': question(
      [
        { id: 'xfs-with-d-type', label: 'XFS formatted with ftype=1 (d_type support)', target: 'overlay-docker-selinux' },
        { id: 'xfs-without-d-type', label: 'XFS formatted with ftype=0', target: 'overlay-without-d-type-doom' },
        {
          id: 'other-filesystem',
          label: 'ext4 or another filesystem',
          target: 'overlay-needs-xfs-doom',
          detours: [{ ifChosen: notCentos, target: 'overlay-docker-selinux', because: 'only CentOS/RHEL limit overlay to XFS' }],
        },
      ],
      { probe: 'docker-backing-filesystem' },
    ),
    'overlay-without-d-type-doom': doom(),
    'overlay-needs-xfs-doom': doom(),
    'overlay-docker-selinux': question(
      [
        { id: 'keep-selinux-enabled', label: 'Leave `--selinux-enabled` in the Docker options', target: 'overlay-selinux-enabled-doom' },
        { id: 'drop-selinux-enabled', label: 'Take it out (or it was never there)', target: 'enable-overlay' },
      ],
      { probe: 'docker-selinux-enabled' },
    ),
    'overlay-selinux-enabled-doom': doom(),
    'enable-overlay': fix('bridge-netfilter'),
  },
} as const satisfies ChapterDraft;
