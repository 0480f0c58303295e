import { describe, expect, it } from 'vitest';
import { advance, nodeOf, peek, planOf, snapshotAt, type EventId, type WalkthroughSnapshot } from '../../machines/index.ts';

const take = (snapshot: WalkthroughSnapshot, ...events: EventId[]) => events.reduce(advance, snapshot);

describe('walking the machine', () => {
  it('starts at the start question', () => {
    expect(nodeOf(snapshotAt()).id).toBe('start');
  });

  it('walks "from scratch" into the first chapter and records each step in order', () => {
    const snapshot = take(snapshotAt(), 'from-scratch', 'centos-7', 'continue', '7-2-or-later');
    expect(snapshot.value).toBe('storage-driver');
    expect(snapshot.context.journey).toEqual([
      { node: 'start', choice: 'from-scratch' },
      { node: 'host-os', choice: 'centos-7' },
      { node: 'latest-centos-ami' },
      { node: 'centos-release', choice: '7-2-or-later' },
    ]);
  });

  it('jumps to any chapter from the start', () => {
    expect(take(snapshotAt(), 'jump-to-chapter', 'netfilter').value).toBe('bridge-netfilter');
    expect(take(snapshotAt(), 'jump-to-chapter', 'aws').value).toBe('cloud-provider');
  });

  it('ignores an event the current node does not offer', () => {
    const snapshot = snapshotAt('host-os');
    expect(advance(snapshot, 'overlay')).toBe(snapshot);
  });

  it('ends at a final state on a doom', () => {
    const snapshot = take(snapshotAt('storage-driver'), 'devicemapper-loopback');
    expect(snapshot.value).toBe('devicemapper-loopback-doom');
    expect(snapshot.status).toBe('done');
  });
});

describe('detours', () => {
  it('asks for the CentOS release at overlay when the walk jumped straight to storage', () => {
    expect(take(snapshotAt('storage-driver'), 'overlay').value).toBe('overlay-centos-release');
  });

  it('skips that question when the host chapter already settled the release', () => {
    const atStorage = take(snapshotAt(), 'from-scratch', 'centos-7', 'continue', '7-2-or-later');
    expect(take(atStorage, 'overlay').value).toBe('overlay-backing-filesystem');
  });

  it('lets ext4 through for Debian/Ubuntu, but not for CentOS', () => {
    const debian = take(snapshotAt(), 'from-scratch', 'debian-ubuntu', 'continue', 'overlay');
    expect(take(debian, 'other-filesystem').value).toBe('overlay-docker-selinux');
    const centos = take(snapshotAt(), 'from-scratch', 'centos-7', 'continue', '7-2-or-later', 'overlay');
    expect(take(centos, 'other-filesystem').value).toBe('overlay-needs-xfs-doom');
  });
});

describe('the truth pass (issue 11)', () => {
  it('asks the CentOS release after the update, which is the way out of an old image', () => {
    expect(take(snapshotAt(), 'from-scratch', 'centos-7').value).toBe('latest-centos-ami');
    expect(take(snapshotAt('latest-centos-ami'), 'continue').value).toBe('centos-release');
  });

  it('reboots once, after the last change on the node, not in the middle of the build', () => {
    expect(take(snapshotAt('bridge-netfilter'), 'sysctl-d-file', 'continue', 'continue').value).toBe('selinux-mode');
    expect(take(snapshotAt('install-node-dependencies'), 'continue').value).toBe('reboot-and-verify');
    expect(take(snapshotAt('reboot-and-verify'), 'continue').value).toBe('cloud-provider');
  });

  it('lets --network-plugin-dir through on 1.4 when it names the config directory', () => {
    expect(peek(snapshotAt('cni-flags-1-4'), 'network-plugin-dir').id).toBe('cni-loopback-1-4');
    expect(peek(snapshotAt('cni-flags-1-4'), 'network-plugin-dir-binaries').id).toBe('cni-old-flags-doom');
  });

  it('offers SELinux "not installed", and says what is known on the overlay path instead of a doom', () => {
    expect(peek(snapshotAt('selinux-mode'), 'not-present').id).toBe('kubernetes-version');
    expect(peek(snapshotAt('selinux-mode'), 'enforcing').id).toBe('selinux-enforcing-doom');
    const overlay = take(snapshotAt('overlay-docker-selinux'), 'drop-selinux-enabled', 'continue', 'sysctl-d-file', 'continue', 'continue');
    expect(overlay.value).toBe('selinux-mode');
    expect(peek(overlay, 'enforcing').id).toBe('selinux-enforcing-overlay');
  });

  it('splits "every group tagged": fine while no instance is in two of them', () => {
    expect(peek(snapshotAt('security-group-tags'), 'tag-every-group').id).toBe('multiple-tagged-security-groups-doom');
    expect(peek(snapshotAt('security-group-tags'), 'tag-every-group-one-each').id).toBe('epilogue');
  });
});

describe('peek', () => {
  it('shows where a choice leads without taking it', () => {
    const snapshot = snapshotAt('bridge-netfilter');
    expect(peek(snapshot, 'echo-to-proc').id).toBe('echo-to-proc-doom');
    expect(snapshot.value).toBe('bridge-netfilter');
    expect(snapshot.context.journey).toEqual([]);
  });

  it('follows detours, as the real walk would', () => {
    const debian = take(snapshotAt(), 'from-scratch', 'debian-ubuntu', 'continue', 'overlay');
    expect(peek(debian, 'other-filesystem').id).toBe('overlay-docker-selinux');
  });
});

describe('the plan', () => {
  it('lists decisions and fixes in the order they were met', () => {
    const snapshot = take(snapshotAt('bridge-netfilter'), 'sysctl-d-file', 'continue', 'continue', 'permissive', 'continue');
    expect(planOf(snapshot.context.journey)).toEqual({
      decisions: [
        { question: 'bridge-netfilter', choice: 'sysctl-d-file' },
        { question: 'selinux-mode', choice: 'permissive' },
      ],
      fixes: ['persist-bridge-netfilter', 'selinux-permissive'],
    });
  });
});
