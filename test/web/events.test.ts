import { describe, expect, it } from 'vitest';
import { announceArrival, forgetArrival, REACH_EVENTS, type ReachDetail } from '../../src/web/events.ts';

/** Every event dispatched on a target, as the page would hear them. */
function listen(target: EventTarget): CustomEvent<ReachDetail>[] {
  const heard: CustomEvent<ReachDetail>[] = [];
  for (const type of Object.values(REACH_EVENTS)) target.addEventListener(type, (event) => heard.push(event as CustomEvent<ReachDetail>));
  return heard;
}

describe("the player's arrival events", () => {
  it.each([
    ['doom', 'k8s-adventure-doom', 'devicemapper-loopback-doom'],
    ['fix', 'k8s-adventure-fix', 'enable-overlay'],
    ['ready', 'k8s-adventure-ready', 'ready'],
  ] as const)('announces a %s as a bubbling, composed %s with id, kind and title', (kind, type, id) => {
    const target = new EventTarget();
    const heard = listen(target);
    announceArrival(target, { id, kind }, 'A title');
    expect(heard).toHaveLength(1);
    expect(heard[0]!.type).toBe(type);
    expect(heard[0]!.bubbles).toBe(true);
    expect(heard[0]!.composed).toBe(true);
    expect(heard[0]!.detail).toEqual({ id, kind, title: 'A title' });
  });

  it('says nothing at questions and passages, nor twice for the same node drawn again', () => {
    const target = new EventTarget();
    const heard = listen(target);
    announceArrival(target, { id: 'selinux-mode', kind: 'question' }, 'Q');
    announceArrival(target, { id: 'debian-ubuntu-differences', kind: 'info' }, 'I');
    expect(heard).toEqual([]);
    announceArrival(target, { id: 'selinux-permissive', kind: 'fix' }, 'F');
    announceArrival(target, { id: 'selinux-permissive', kind: 'fix' }, 'F');
    expect(heard.map((event) => event.detail.id)).toEqual(['selinux-permissive']);
    // Leaving and coming back is a second arrival; so is a player put back on the page.
    announceArrival(target, { id: 'selinux-mode', kind: 'question' }, 'Q');
    announceArrival(target, { id: 'selinux-permissive', kind: 'fix' }, 'F');
    forgetArrival(target);
    announceArrival(target, { id: 'selinux-permissive', kind: 'fix' }, 'F');
    expect(heard).toHaveLength(3);
  });
});
