import { describe, expect, it } from 'vitest';
import { forksOf, type EventId } from '../../machines/index.ts';
import { readContent } from '../../src/content/index.ts';
import { currentNode, proceed, startSession, take, type Session } from '../../src/session/index.ts';
import { DONT_KNOW_LABEL } from '../../src/view/menu.ts';
import { screenOf } from '../../src/view/screen.ts';

const content = readContent();
const walk = (session: Session, ...moves: EventId[]) => moves.reduce((s, move) => (move === 'continue' ? proceed(s) : take(s, move)), session);

describe('the screen of a node', () => {
  it('sets a probe-able question\'s check by hand apart, and offers "I don\'t know" last', () => {
    const screen = screenOf(startSession('storage-driver'), content);
    expect(screen.title).toBe("Pick Docker's storage driver");
    expect(screen.markdown).toContain('## Check by hand');
    expect(screen.byHand?.markdown).toContain("docker info 2>&1 | grep -A1 'Storage Driver'");
    expect(screen.byHand?.rest).not.toContain('Check by hand');
    expect(screen.byHand?.rest).not.toContain('docker info');
    expect(screen.markdown.startsWith(screen.byHand!.rest.trimEnd().slice(0, 40))).toBe(true);
    expect(screen.menu.at(-1)).toEqual({ key: String(screen.menu.length), label: DONT_KNOW_LABEL, dontKnow: true });
    expect(screen.wayBack).toBeUndefined();
  });

  it('keeps a question with no probe whole', () => {
    const screen = screenOf(startSession('pick-chapter'), content);
    expect(screen.byHand).toBeUndefined();
    expect(screen.menu.every((item) => item.choice)).toBe(true);
  });

  it('leads a walked doom back to the fork whose choice led there', () => {
    const doom = walk(startSession(), 'from-scratch', 'debian-ubuntu', 'continue', 'devicemapper-loopback');
    const screen = screenOf(doom, content);
    expect(screen.node.id).toBe('devicemapper-loopback-doom');
    expect(screen.wayBack).toEqual({ fork: 'storage-driver', title: "Pick Docker's storage driver", forks: [{ id: 'storage-driver', title: "Pick Docker's storage driver" }], walked: true });
    expect(screen.menu.map((item) => item.key)).toEqual(['b', 'w', 'r', 'q']);
    expect(screen.menu[0]!.label).toBe("Back to the fork: Pick Docker's storage driver");
  });

  it('leads a doom reached by a deep link to its own fork, not walked', () => {
    const screen = screenOf(startSession('cni-loopback-missing-doom'), content);
    const title = 'Kubernetes 1.4: CNI 0.2 and the loopback plugin';
    expect(screen.wayBack).toEqual({ fork: forksOf('cni-loopback-missing-doom')[0], title, forks: [{ id: 'cni-loopback-1-4', title }], walked: false });
    expect(screen.menu.map((item) => item.key)).toEqual(['b', 'w', 'r', 'q']);
    expect(screen.menu[2]!.label).toBe('Start over from the beginning');
  });

  it('offers each fork, by number, at a deep-linked doom that several forks lead to', () => {
    const screen = screenOf(startSession('centos-too-old-doom'), content);
    expect(screen.wayBack?.forks.map((fork) => fork.id)).toEqual(['centos-release', 'overlay-centos-release']);
    expect(screen.menu.filter((item) => item.fork).map((item) => [item.key, item.fork])).toEqual([
      ['1', 'centos-release'],
      ['2', 'overlay-centos-release'],
    ]);
  });

  it('offers only the fork walked through at a walked doom that several forks lead to', () => {
    const doom = walk(startSession(), 'from-scratch', 'centos-7', 'continue', 'older-than-7-2');
    expect(currentNode(doom).id).toBe('centos-too-old-doom');
    const screen = screenOf(doom, content);
    expect(screen.wayBack?.forks.map((fork) => fork.id)).toEqual(['centos-release']);
    expect(screen.menu.filter((item) => item.fork).map((item) => item.key)).toEqual(['b']);
  });

  it('gives info and fix nodes a Continue and no way back', () => {
    const screen = screenOf(startSession('selinux-disabled'), content);
    expect(screen.menu).toEqual([{ key: 'enter', label: 'Continue' }]);
    expect(screen.wayBack).toBeUndefined();
  });
});
