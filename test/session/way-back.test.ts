import { describe, expect, it } from 'vitest';
import type { EventId } from '../../machines/index.ts';
import { currentNode, proceed, startSession, take, wayBack, type Session } from '../../src/session/index.ts';

const walk = (session: Session, ...moves: EventId[]) => moves.reduce((s, move) => (move === 'continue' ? proceed(s) : take(s, move)), session);

describe('the way back from a doom', () => {
  it('returns a Debian reader to the storage fork with the host answer kept: no CentOS release question', () => {
    const doom = walk(startSession(), 'from-scratch', 'debian-ubuntu', 'continue', 'devicemapper-loopback');
    expect(currentNode(doom).id).toBe('devicemapper-loopback-doom');
    const back = wayBack(doom);
    expect(currentNode(back).id).toBe('storage-driver');
    expect(back.trail.map((step) => step.answer ?? step.node)).toEqual(['from-scratch', 'debian-ubuntu', 'debian-ubuntu-differences']);
    expect(currentNode(take(back, 'overlay')).id).toBe('overlay-backing-filesystem');
  });

  it('returns to the fork that led to the doom, past a detour, with everything before it kept', () => {
    const doom = walk(startSession(), 'from-scratch', 'debian-ubuntu', 'continue', 'overlay', 'xfs-without-d-type');
    expect(currentNode(doom).id).toBe('overlay-without-d-type-doom');
    const back = wayBack(doom);
    expect(currentNode(back).id).toBe('overlay-backing-filesystem');
    // ext4 passes for Debian: the host answer still counts at the fork.
    expect(currentNode(take(back, 'other-filesystem')).id).toBe('overlay-docker-selinux');
  });

  it('offers the doom\'s own fork, fresh, when a deep link opened the doom', () => {
    expect(currentNode(wayBack(startSession('aufs-doom'))).id).toBe('storage-driver');
  });

  it('changes nothing away from a doom', () => {
    const session = startSession('host-os');
    expect(wayBack(session)).toBe(session);
  });
});
