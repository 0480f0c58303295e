import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodes, PROBE_IDS, type ChoiceId, type NodeId, type ProbeId } from '../../machines/index.ts';
import { PROBES, probeById, runProbe, type ProbeStatus } from '../../src/probes/index.ts';
import { questionsOf } from '../../src/probes/question-probes.ts';
import { fixtureDir, fixtureHost } from '../helpers/fixtures.ts';

type Row = [fixture: string, probe: ProbeId, status: ProbeStatus, suggests?: ChoiceId, node?: NodeId];

// Each probe against the captured hosts that exercise it. A row is one verdict a user would read.
const rows: Row[] = [
  ['healthy-centos72-overlay', 'os-release', 'pass', 'centos-7'],
  ['amazon-linux', 'os-release', 'fail', 'amazon-linux', 'amazon-linux-doom'],
  ['healthy-centos72-overlay', 'centos-release', 'pass', '7-2-or-later'],
  ['centos71-devicemapper-loopback', 'centos-release', 'fail', 'older-than-7-2', 'centos-too-old-doom'],
  ['amazon-linux', 'centos-release', 'n/a'],
  ['healthy-centos72-overlay', 'docker-storage-driver', 'pass', 'overlay'],
  ['centos71-devicemapper-loopback', 'docker-storage-driver', 'fail', 'devicemapper-loopback', 'devicemapper-loopback-doom'],
  ['sos-report-centos72-devicemapper', 'docker-storage-driver', 'fail', 'devicemapper-loopback', 'devicemapper-loopback-doom'],
  ['healthy-centos72-overlay', 'docker-storage-setup', 'pass'],
  ['centos71-devicemapper-loopback', 'docker-storage-setup', 'fail', undefined, 'devicemapper-loopback-doom'],
  ['sos-report-centos72-devicemapper', 'docker-storage-setup', 'fail', undefined, 'devicemapper-loopback-doom'],
  ['healthy-centos72-overlay', 'docker-storage-config', 'pass'],
  ['centos71-devicemapper-loopback', 'docker-storage-config', 'fail', undefined, 'enable-overlay'],
  ['healthy-centos72-overlay', 'docker-selinux-enabled', 'pass', 'drop-selinux-enabled'],
  ['centos71-devicemapper-loopback', 'docker-selinux-enabled', 'fail', 'keep-selinux-enabled', 'overlay-selinux-enabled-doom'],
  ['healthy-centos72-overlay', 'overlay-module', 'pass'],
  ['centos71-devicemapper-loopback', 'overlay-module', 'warn', undefined, 'enable-overlay'],
  ['healthy-centos72-overlay', 'docker-backing-filesystem', 'pass', 'xfs-with-d-type'],
  ['sos-report-centos72-devicemapper', 'docker-backing-filesystem', 'pass', 'xfs-with-d-type'],
  ['healthy-centos72-overlay', 'bridge-nf-call', 'pass', 'sysctl-d-file'],
  ['bridge-nf-zero', 'bridge-nf-call', 'fail', 'ignore-warnings', 'bridge-netfilter-ignored-doom'],
  ['sysctl-conf-only', 'bridge-nf-call', 'fail', 'sysctl-conf', 'sysctl-conf-doom'],
  ['sos-report-centos72-devicemapper', 'bridge-nf-call', 'fail', 'ignore-warnings', 'bridge-netfilter-ignored-doom'],
  // No /sys/module anywhere in the fixture: the keys under /proc/sys/net/bridge are the proof (k/k#23385).
  ['healthy-centos72-overlay', 'bridge-netfilter-module', 'pass'],
  ['healthy-centos72-overlay', 'kube-proxy-br-netfilter-log', 'warn', undefined, 'kube-proxy-br-netfilter-warning'],
  ['sos-report-centos72-devicemapper', 'kube-proxy-br-netfilter-log', 'unknown'],
  ['healthy-centos72-overlay', 'selinux-mode', 'pass', 'permissive'],
  ['selinux-enforcing-unlabelled', 'selinux-mode', 'fail', 'enforcing', 'selinux-enforcing-doom'],
  ['sos-report-centos72-devicemapper', 'selinux-mode', 'warn', 'enforcing', 'selinux-enforcing-doom'],
  ['selinux-enforcing-unlabelled', 'kubelet-dir-label', 'fail', undefined, 'relabel-kubelet-dir'],
  ['healthy-centos72-overlay', 'kubelet-dir-label', 'n/a'],
  ['healthy-centos72-overlay', 'kubelet-version', 'pass', 'kubernetes-1-4'],
  ['sos-report-centos72-devicemapper', 'kubelet-version', 'unknown'],
  ['healthy-centos72-overlay', 'kubelet-cni-flags', 'pass', 'cni-dir-flags'],
  ['healthy-centos72-overlay', 'cni-loopback-binary', 'pass', 'cni-0-2-with-loopback'],
  ['k8s14-no-loopback', 'cni-loopback-binary', 'fail', 'no-loopback', 'cni-loopback-missing-doom'],
  ['healthy-centos72-overlay', 'cni-config', 'pass'],
  ['healthy-centos72-overlay', 'node-dependencies', 'pass', 'install-undocumented'],
  ['missing-dependencies', 'node-dependencies', 'fail', 'packages-kubernetes-lists', 'missing-dependencies-doom'],
  ['sos-report-centos72-devicemapper', 'node-dependencies', 'fail', 'packages-kubernetes-lists', 'missing-dependencies-doom'],
  ['healthy-centos72-overlay', 'aws-instance', 'n/a', 'not-aws'],
  ['aws-multiple-tagged-security-groups', 'aws-instance', 'pass', 'aws'],
  ['aws-multiple-tagged-security-groups', 'aws-cluster-tag', 'pass', 'tag-everything'],
  ['aws-multiple-tagged-security-groups', 'aws-security-groups', 'fail', 'tag-every-group', 'multiple-tagged-security-groups-doom'],
];

describe.each(rows)('%s: %s', (fixture, id, status, suggests, node) => {
  it(`is ${status}${suggests ? `, suggests ${suggests}` : ''}`, async () => {
    const result = await runProbe(probeById(id)!, fixtureHost(fixture));
    expect(result.status, result.observed).toBe(status);
    expect(result.suggests).toBe(suggests);
    expect(result.node).toBe(node);
    if (status !== 'pass' && status !== 'n/a') expect(result.observed.length).toBeGreaterThan(10);
  });
});

/** How many probes the fixture hosts lead to a node (14 of 21; the rest name one only on hosts no fixture is). */
const MIN_PROBES_NAMING_A_NODE = 14;

describe('the probe registry', () => {
  it('implements every probe id the graph knows, once, in its order', () => {
    expect(PROBES.map((probe) => probe.id)).toEqual(PROBE_IDS);
  });

  it('has a probe for every question that names one, answering that question with its own choices', async () => {
    for (const question of Object.values(nodes)) {
      if (question.kind !== 'question' || !question.probe) continue;
      const probe = probeById(question.probe);
      expect(probe, question.probe).toBeDefined();
    }
  });

  it('suggests only choices the question has', async () => {
    for (const probe of PROBES) {
      for (const questionId of questionsOf(probe.id)) {
        const question = nodes[questionId]!;
        if (question.kind !== 'question') continue;
        for (const fixture of ['healthy-centos72-overlay', 'centos71-devicemapper-loopback', 'k8s14-no-loopback']) {
          const { suggests } = await runProbe(probe, fixtureHost(fixture), { question: questionId });
          if (suggests) expect(question.choices.map((c) => c.id), `${probe.id} at ${questionId}`).toContain(suggests);
        }
      }
    }
  });

  it('names only nodes that exist, on every fixture host', async () => {
    const named = new Set<string>();
    for (const fixture of readdirSync(fixtureDir('.'))) {
      for (const probe of PROBES) {
        const { node } = await runProbe(probe, fixtureHost(fixture));
        if (node) expect(nodes[node], `${probe.id} on ${fixture} → ${node}`).toBeDefined();
        if (node) named.add(probe.id);
      }
    }
    // The fixtures reach a node from most probes; fewer means a fixture stopped exercising a probe's problem branch.
    expect(named.size).toBeGreaterThanOrEqual(MIN_PROBES_NAMING_A_NODE);
  });

  it('uses stable kebab-case ids, each once', () => {
    const ids = PROBES.map((probe) => probe.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('answers the 1.3 question in its own words', async () => {
    const result = await runProbe(probeById('cni-loopback-binary')!, fixtureHost('k8s14-no-loopback'), { question: 'cni-binaries-1-3' });
    expect(result).toMatchObject({ suggests: 'plugin-binary-only', node: 'cni-binaries-missing-doom' });
  });
});
