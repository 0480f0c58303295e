import { describe, expect, it } from 'vitest';
import { forksOf, nodes } from '../../machines/index.ts';
import { walkRank } from '../../machines/root-order.ts';

describe('walkRank: how early a node comes in a build from scratch', () => {
  it('puts the host chapter before storage, storage before netfilter', () => {
    expect(walkRank('start')).toBe(0);
    expect(walkRank('centos-too-old-doom')).toBeLessThan(walkRank('devicemapper-loopback-doom'));
    expect(walkRank('devicemapper-loopback-doom')).toBeLessThan(walkRank('bridge-netfilter-ignored-doom'));
  });

  it('ranks every node but a doom after each node that can lead to it, and a doom after its earliest fork', () => {
    for (const node of Object.values(nodes)) {
      if (node.kind === 'doom') {
        expect(walkRank(node.id), node.id).toBe(Math.min(...forksOf(node.id).map(walkRank)) + 1);
        continue;
      }
      if (node.id === 'pick-chapter' || walkRank(node.id) === Number.MAX_SAFE_INTEGER) continue;
      const next = node.kind === 'question' ? node.choices.flatMap((choice) => [choice.target, ...(choice.detours ?? []).map((detour) => detour.target)]) : 'next' in node ? [node.next] : [];
      for (const target of next.filter((id) => id !== 'pick-chapter' && nodes[id]!.kind !== 'doom')) expect(walkRank(target), `${node.id} → ${target}`).toBeGreaterThan(walkRank(node.id));
    }
  });

  it('reaches every node of a build from scratch, and leaves the chapter menu out', () => {
    for (const id of Object.keys(nodes).filter((id) => id !== 'pick-chapter')) expect(walkRank(id), id).toBeLessThan(Number.MAX_SAFE_INTEGER);
    expect(walkRank('pick-chapter')).toBe(Number.MAX_SAFE_INTEGER);
  });
});
