import { describe, expect, it } from 'vitest';
import { back, currentNode, proceed, restart, startSession, take } from '../../src/session/index.ts';

describe('a session', () => {
  it('records each step with who answered', () => {
    const session = proceed(take(take(startSession(), 'from-scratch'), 'debian-ubuntu', 'probe'));
    expect(session.trail).toEqual([
      { node: 'start', answer: 'from-scratch', by: 'you' },
      { node: 'host-os', answer: 'debian-ubuntu', by: 'probe' },
      { node: 'debian-ubuntu-differences' },
    ]);
    expect(currentNode(session).id).toBe('storage-driver');
  });

  it('goes back fork by fork, dropping what came after', () => {
    let session = take(proceed(take(take(startSession(), 'from-scratch'), 'coreos')), 'aufs');
    expect(currentNode(session).id).toBe('aufs-doom');
    session = back(session);
    expect(currentNode(session).id).toBe('storage-driver');
    expect(session.trail.map((step) => step.node)).toEqual(['start', 'host-os', 'coreos-differences']);
    session = back(session);
    expect(currentNode(session).id).toBe('host-os');
    session = back(session);
    expect(currentNode(session).id).toBe('start');
    expect(back(session)).toBe(session);
  });

  it('ignores a choice the node does not offer', () => {
    const session = startSession('host-os');
    expect(take(session, 'overlay')).toBe(session);
  });

  it('restarts where it began', () => {
    expect(currentNode(restart(take(startSession('selinux-mode'), 'permissive'))).id).toBe('selinux-mode');
  });
});
