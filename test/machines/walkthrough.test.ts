import { describe, expect, it } from 'vitest';
import { advance, nodeOf, peek, planOf, snapshotAt, type WalkthroughSnapshot } from '../../machines/index.ts';

const take = (snapshot: WalkthroughSnapshot, ...events: string[]) => events.reduce(advance, snapshot);

describe('walking the machine', () => {
  it('starts at the start question', () => {
    expect(nodeOf(snapshotAt()).id).toBe('start');
  });

  it('walks "from scratch" into the first chapter and records each step in order', () => {
    const snapshot = take(snapshotAt(), 'from-scratch', 'centos-7', '7-2-or-later', 'continue');
    expect(snapshot.value).toBe('storage-driver');
    expect(snapshot.context.journey).toEqual([
      { node: 'start', choice: 'from-scratch' },
      { node: 'host-os', choice: 'centos-7' },
      { node: 'centos-release', choice: '7-2-or-later' },
      { node: 'latest-centos-ami' },
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
    const atStorage = take(snapshotAt(), 'from-scratch', 'centos-7', '7-2-or-later', 'continue');
    expect(take(atStorage, 'overlay').value).toBe('overlay-backing-filesystem');
  });

  it('lets ext4 through for Debian/Ubuntu, but not for CentOS', () => {
    const debian = take(snapshotAt(), 'from-scratch', 'debian-ubuntu', 'continue', 'overlay');
    expect(take(debian, 'other-filesystem').value).toBe('overlay-docker-selinux');
    const centos = take(snapshotAt(), 'from-scratch', 'centos-7', '7-2-or-later', 'continue', 'overlay');
    expect(take(centos, 'other-filesystem').value).toBe('overlay-needs-xfs-doom');
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
    const snapshot = take(snapshotAt('bridge-netfilter'), 'sysctl-d-file', 'continue', 'continue', 'continue', 'permissive');
    expect(planOf(snapshot.context.journey)).toEqual({
      decisions: [
        { question: 'bridge-netfilter', choice: 'sysctl-d-file' },
        { question: 'selinux-mode', choice: 'permissive' },
      ],
      fixes: ['persist-bridge-netfilter', 'reboot-and-verify'],
    });
  });
});
