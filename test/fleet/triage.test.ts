import { describe, expect, it } from 'vitest';
import type { NodeFinding, NodeReport } from '../../src/fleet/node-report.ts';
import { triage } from '../../src/fleet/triage.ts';

const result = (name: string, ...findings: NodeFinding[]): NodeReport => ({ name, kind: 'result', findings });
const loop: NodeFinding = { id: 'docker-storage-driver', status: 'fail', observed: 'devicemapper on loop devices', node: 'devicemapper-loopback-doom' };
const old: NodeFinding = { id: 'centos-release', status: 'fail', observed: 'CentOS 7.1.1503', node: 'centos-too-old-doom' };
const bridge: NodeFinding = { id: 'bridge-nf-call', status: 'fail', observed: '0', node: 'bridge-netfilter-ignored-doom' };
const module: NodeFinding = { id: 'overlay-module', status: 'warn', observed: 'not persisted', node: 'enable-overlay' };
const fine: NodeFinding = { id: 'os-release', status: 'pass', observed: 'CentOS Linux 7 (Core)' };

describe('triage across nodes', () => {
  const fleet = triage([
    result('n1', fine, bridge, loop),
    result('n2', fine, loop, old),
    result('n3', fine, loop, old),
    result('n4', fine),
    result('n5', module, bridge),
    { name: 'n6', kind: 'truncated', reason: 'the doctor output stops part way' },
  ]);

  it('counts each problem with its nodes, root cause first, warnings after failures', () => {
    expect(fleet.problems.map((problem) => [problem.probe, problem.nodes])).toEqual([
      ['centos-release', ['n2', 'n3']],
      ['docker-storage-driver', ['n1', 'n2', 'n3']],
      ['bridge-nf-call', ['n1', 'n5']],
      ['overlay-module', ['n5']],
    ]);
  });

  it('groups nodes with the same problems, a healthy node in a group of its own', () => {
    expect(fleet.groups).toContainEqual({ problems: ['fail:centos-release', 'fail:docker-storage-driver'], nodes: ['n2', 'n3'] });
    expect(fleet.groups).toContainEqual({ problems: [], nodes: ['n4'] });
    expect(fleet.groups[0]!.nodes).toEqual(['n2', 'n3']);
  });

  it('lists a node without a usable result instead of dropping it', () => {
    expect(fleet.total).toBe(6);
    expect(fleet.gaps).toEqual([{ name: 'n6', kind: 'truncated', reason: 'the doctor output stops part way' }]);
  });
});
