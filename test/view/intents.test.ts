import { describe, expect, it } from 'vitest';
import type { EventId } from '../../machines/index.ts';
import { readContent } from '../../src/content/index.ts';
import { currentNode, proceed, startSession, take, type ProbeNote, type Session } from '../../src/session/index.ts';
import { intend, walkState, type Intent, type WalkState } from '../../src/view/intents.ts';

const content = readContent();
const walk = (session: Session, ...moves: EventId[]) => moves.reduce((s, move) => (move === 'continue' ? proceed(s) : take(s, move)), session);
const run = (state: WalkState, ...intents: Intent[]) => intents.reduce((s, intent) => intend(s, intent, content), state);
const overlay: ProbeNote = { id: 'storage-driver', status: 'pass', observed: 'Storage Driver: overlay', suggested: 'overlay', evidence: [] };
const loopback: ProbeNote = { id: 'storage-driver', status: 'fail', observed: 'devicemapper on loop devices', suggested: 'devicemapper-loopback', evidence: [] };
const untagged: ProbeNote = { id: 'aws-security-groups', status: 'fail', observed: 'no tagged security group', suggested: 'no-tagged-group', evidence: [] };
const storage = () => walkState(startSession('storage-driver'));
const arrived = { type: 'probe-arrived', question: 'storage-driver', note: overlay } as const;
const here = (state: WalkState) => currentNode(state.session).id;
const lastStep = (state: WalkState) => state.session.trail.at(-1)!;

describe('intents', () => {
  it.each<[string, WalkState, Intent[], Partial<{ node: string; cursor: number; cursorMoved: boolean; peeking: boolean; by: string }>]>([
    ['take goes where the choice leads, by the user', storage(), [{ type: 'take', choice: 'overlay' }], { node: 'overlay-centos-release', cursor: 0, by: 'you' }],
    ['take of a choice the question lacks does nothing', storage(), [{ type: 'take', choice: 'nonsense' }], { node: 'storage-driver' }],
    ['take of the suggestion credits the probe', storage(), [arrived, { type: 'take', choice: 'overlay' }], { node: 'overlay-centos-release', by: 'probe' }],
    ['take of another choice overrides the probe, by the user', storage(), [arrived, { type: 'take', choice: 'devicemapper-loopback' }], { node: 'devicemapper-loopback-doom', by: 'you' }],
    ['accept takes the suggestion, crediting the probe', storage(), [arrived, { type: 'accept' }], { node: 'overlay-centos-release', by: 'probe' }],
    ['accept without a suggestion does nothing', storage(), [{ type: 'accept' }], { node: 'storage-driver' }],
    ['a probe pointing at a doom leaves the highlight where it was', walkState(startSession('security-group-tags')), [{ type: 'probe-arrived', question: 'security-group-tags', note: untagged }], { cursor: 0, cursorMoved: false }],
    ['an empty line never accepts a suggestion that leads to a doom', storage(), [{ type: 'probe-arrived', question: 'storage-driver', note: loopback }, { type: 'accept' }], { node: 'storage-driver' }],
    ['a probe arriving highlights its suggestion', storage(), [arrived], { cursor: 3, cursorMoved: false }],
    ['a probe arriving leaves a highlight the user moved', storage(), [{ type: 'move', by: 1 }, { type: 'move', by: 1 }, arrived], { cursor: 2, cursorMoved: true }],
    ['a probe arriving for another question moves nothing', walkState(startSession('host-os')), [arrived], { node: 'host-os', cursor: 0 }],
    ['probe-again forgets the answer: taking it is the user\'s', storage(), [arrived, { type: 'probe-again', question: 'storage-driver' }, { type: 'take', choice: 'overlay' }], { by: 'you' }],
    ['move wraps around the menu, up from the first', storage(), [{ type: 'move', by: -1 }], { cursor: 4, cursorMoved: true }],
    ['select highlights a line of the menu', storage(), [{ type: 'select', index: 3 }], { cursor: 3, cursorMoved: true }],
    ['select past the menu does nothing', storage(), [{ type: 'select', index: 9 }], { cursor: 0, cursorMoved: false }],
    ['continue takes the highlighted choice', storage(), [{ type: 'move', by: 1 }, { type: 'continue' }], { node: 'direct-lvm-doom' }],
    ['continue on "I don\'t know" takes nothing', storage(), [{ type: 'select', index: 4 }, { type: 'continue' }], { node: 'storage-driver', cursor: 4 }],
    ['continue passes a fix', walkState(startSession('selinux-disabled')), [{ type: 'continue' }], { node: 'kubernetes-version' }],
    ['continue at an ending does nothing', walkState(startSession('cni-loopback-missing-doom')), [{ type: 'continue' }], { node: 'cni-loopback-missing-doom' }],
    ['peek toggles at a question', storage(), [{ type: 'peek' }], { peeking: true }],
    ['peek does nothing elsewhere', walkState(startSession('selinux-disabled')), [{ type: 'peek' }], { peeking: false }],
    ['a move ends a peek', storage(), [{ type: 'peek' }, { type: 'take', choice: 'overlay' }], { peeking: false }],
    ['back at a doom returns to its fork, the fatal choice highlighted', walkState(walk(startSession(), 'from-scratch', 'debian-ubuntu', 'continue', 'devicemapper-loopback')), [{ type: 'back' }], { node: 'storage-driver', cursor: 0, cursorMoved: true }],
    ['back at a deep-linked doom opens its fork', walkState(startSession('cni-loopback-missing-doom')), [{ type: 'back' }], { node: 'cni-loopback-1-4', cursor: 0 }],
    ['back with nothing behind does nothing', storage(), [{ type: 'back' }], { node: 'storage-driver', cursorMoved: false }],
    ['back elsewhere returns to the previous fork, its choice highlighted', storage(), [{ type: 'take', choice: 'overlay' }, { type: 'back' }], { node: 'storage-driver', cursor: 3, cursorMoved: true }],
    ['back at a deep-linked doom with several forks goes to the one asked for', walkState(startSession('centos-too-old-doom')), [{ type: 'back', fork: 'overlay-centos-release' }], { node: 'overlay-centos-release' }],
    ['back at a deep-linked doom with several forks, none asked for, goes to the first', walkState(startSession('centos-too-old-doom')), [{ type: 'back' }], { node: 'centos-release' }],
    ['a digit at a doom with several forks goes to that fork', walkState(startSession('centos-too-old-doom')), [{ type: 'pick', index: 1 }], { node: 'overlay-centos-release' }],
    ['a digit at a doom with one way back does nothing: that is b', walkState(startSession('cni-loopback-missing-doom')), [{ type: 'pick', index: 0 }], { node: 'cni-loopback-missing-doom' }],
    ['a digit takes its choice at once', storage(), [{ type: 'pick', index: 3 }], { node: 'overlay-centos-release', by: 'you' }],
    ['a digit on the suggestion credits the probe', storage(), [arrived, { type: 'pick', index: 3 }], { node: 'overlay-centos-release', by: 'probe' }],
    ['a digit on "I don\'t know" highlights it and takes nothing', storage(), [{ type: 'pick', index: 4 }], { node: 'storage-driver', cursor: 4 }],
    ['restart at a deep-linked doom starts at the beginning, not at the doom', walkState(startSession('cni-loopback-missing-doom')), [{ type: 'restart' }], { node: 'start' }],
    ['restart goes to where the walk began', storage(), [{ type: 'take', choice: 'overlay' }, { type: 'restart' }], { node: 'storage-driver', cursor: 0 }],
  ])('%s', (_name, start, intents, expected) => {
    const state = run(start, ...intents);
    if (expected.node) expect(here(state)).toBe(expected.node);
    if (expected.cursor !== undefined) expect(state.cursor).toBe(expected.cursor);
    if (expected.cursorMoved !== undefined) expect(state.cursorMoved).toBe(expected.cursorMoved);
    if (expected.peeking !== undefined) expect(state.peeking).toBe(expected.peeking);
    if (expected.by) expect(lastStep(state).by).toBe(expected.by);
  });

  it('notes the probe on the step it credits, and keeps what probes said across moves', () => {
    const state = run(storage(), arrived, { type: 'take', choice: 'overlay' }, { type: 'back' });
    expect(state.session.trail.length).toBe(0);
    expect(state.probes.get('storage-driver')).toBe(overlay);
    const taken = run(storage(), arrived, { type: 'accept' });
    expect(lastStep(taken).probe).toEqual(overlay);
  });

  it('returns the same state for an intent that changes nothing, so a front end can skip a redraw', () => {
    const state = storage();
    expect(run(state, { type: 'back' })).toBe(state);
    expect(run(state, { type: 'accept' })).toBe(state);
  });
});
