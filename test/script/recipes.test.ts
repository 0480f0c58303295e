import { describe, expect, it } from 'vitest';
import { planOf } from '../../machines/index.ts';
import { walkAnswers } from '../../src/headless/answer-session.ts';
import { planSteps, RECIPES } from '../../src/script/index.ts';
import { nodesOfKind } from '../helpers/graph.ts';
import { readFileSync } from 'node:fs';

const planOfExample = (file: string) => planOf(walkAnswers(JSON.parse(readFileSync(file, 'utf8'))).journey);

describe('recipes', () => {
  it('cover every fix of the graph, and nothing else', () => {
    expect(Object.keys(RECIPES).sort()).toEqual(nodesOfKind('fix').map((node) => node.id).sort());
  });

  it('order a plan install, configure, check, verify, each phase in the order the fixes were met', () => {
    const steps = planSteps(planOfExample('examples/centos-on-aws.json'), 'centos');
    const phases = steps.map((step) => step.phase);
    expect(phases).toEqual([...phases].sort((a, b) => ['install', 'configure', 'check', 'verify'].indexOf(a) - ['install', 'configure', 'check', 'verify'].indexOf(b)));
    expect(steps.filter((step) => step.phase === 'install').map((step) => step.id)).toEqual(['yum-update', 'install-docker', 'install-kubelet', 'install-cni-release', 'install-node-dependencies']);
    expect(new Set(steps.map((step) => step.id)).size).toBe(steps.length);
  });

  it('follow the walk: 1.4 with --network-plugin-dir keeps that flag, naming the config directory', () => {
    const plan = planOfExample('examples/centos-on-aws.json');
    const kept = { ...plan, decisions: plan.decisions.map((d) => (d.question === 'cni-flags-1-4' ? { ...d, choice: 'network-plugin-dir' as const } : d)) };
    const body = (p: typeof plan) => planSteps(p, 'centos').find((step) => step.id === 'kubelet-network-args')!.body;
    expect(body(plan)).toContain('--cni-conf-dir=/etc/cni/net.d --cni-bin-dir=/opt/cni/bin');
    expect(body(kept)).toContain('--network-plugin-dir=/etc/cni/net.d');
  });

  it('put CoreOS binaries under /opt/bin, since its /usr is read-only', () => {
    const steps = planSteps(planOfExample('examples/coreos-bare-metal.json'), 'coreos');
    const all = steps.map((step) => step.body).join('\n');
    expect(all).toContain('/opt/bin/kubelet');
    expect(all).not.toMatch(/\$root\/usr\//);
    expect(all).not.toMatch(/yum|apt-get/);
  });
});
