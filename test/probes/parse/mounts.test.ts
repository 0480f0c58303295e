import { describe, expect, it } from 'vitest';
import { mountHolding } from '../../../src/probes/parse/mounts.ts';

// CentOS 7's /proc/mounts lists the kernel's initial rootfs first, then the real root.
const CENTOS7 = [
  'rootfs / rootfs rw 0 0',
  'proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0',
  '/dev/xvda1 / xfs rw,seclabel,relatime,attr2,inode64,noquota 0 0',
  '/dev/xvdb /var/lib/docker ext4 rw,seclabel,relatime,data=ordered 0 0',
  'overlay /var/lib/docker/overlay/3f2a/merged overlay rw,relatime,lowerdir=/var/lib/docker/overlay/1a/root 0 0',
].join('\n');

describe('mountHolding', () => {
  it('finds the longest mount point holding a path, never rootfs', () => {
    expect(mountHolding(CENTOS7, '/var/lib/docker')).toEqual({ source: '/dev/xvdb', target: '/var/lib/docker', type: 'ext4' });
    expect(mountHolding(CENTOS7, '/var/lib/docker/containers')).toMatchObject({ target: '/var/lib/docker' });
    expect(mountHolding(CENTOS7, '/var/lib/kubelet')).toEqual({ source: '/dev/xvda1', target: '/', type: 'xfs' });
  });

  it('does not take a sibling that only shares a prefix', () => {
    expect(mountHolding(CENTOS7, '/var/lib/docker-old')).toMatchObject({ target: '/' });
    expect(mountHolding('/dev/xvdb /var/lib/docker ext4 rw 0 0', '/var/lib/docker-old')).toBeUndefined();
  });

  it('takes the last of several mounts on one point, as the kernel shows the top one', () => {
    expect(mountHolding('/dev/xvda1 / xfs rw 0 0\n/dev/xvdb /var ext4 rw 0 0\n/dev/xvdc /var xfs rw 0 0', '/var/lib')).toMatchObject({ source: '/dev/xvdc' });
  });
});
