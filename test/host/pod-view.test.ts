import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { podView } from '../../src/host/pod-view.ts';
import { PROBES, runProbes } from '../../src/probes/index.ts';
import { fixtureDir, fixtureHost } from '../helpers/fixtures.ts';

const FIXTURES = readdirSync(fixtureDir('.'), { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

/** The probes whose evidence a pod cannot see as the node does (README: "What a pod can and cannot see"). */
const POD_BLIND = new Set(['bridge-nf-call', 'bridge-netfilter-module', 'kube-proxy-br-netfilter-log', 'docker-backing-filesystem', 'kubelet-version', 'kubelet-cni-flags', 'cni-loopback-binary', 'cni-config']);

describe("podView: a pod's view of its node's root", () => {
  const host = podView(fixtureHost('bridge-nf-zero'));

  it.each([
    ['/proc/sys/net/bridge/bridge-nf-call-iptables', /network namespace/],
    ['//proc/sys/net', /network namespace/],
    ['/proc/./sys/x/../net/ipv4', /network namespace/],
    ['/proc/mounts', /mount table is per process/],
    ['/proc/self/mountinfo', /mount table is per process/],
    ['/proc/1/mounts', /mount table is per process/],
    ['/proc/4211/cmdline', /PID namespace/],
    ['/proc/self/', /PID namespace/],
  ])('%s: not collected, and why', async (path, why) => {
    for (const outcome of [await host.readFile(path), await host.listDir(path), await host.stat(path)]) {
      expect(outcome).toMatchObject({ kind: 'not-collected', reason: expect.stringMatching(why) });
    }
  });

  it('reads everything else as the captured root has it: kernel-wide /proc files, /etc, command captures', async () => {
    expect(await host.readFile('/proc/modules')).toMatchObject({ kind: 'present' });
    expect(await host.readFile('/proc/sys/kernel/osrelease')).toMatchObject({ kind: expect.not.stringMatching(/not-collected/) });
    expect(await host.readFile('/proc/sysctl-net-not-really')).toMatchObject({ kind: 'absent' });
    expect(await host.readFile('/etc/os-release')).toMatchObject({ kind: 'present' });
    expect(await host.read('docker-info')).toMatchObject({ kind: 'present' });
    expect(await host.read('kubelet-cmdline')).toMatchObject({ kind: 'not-collected', reason: expect.stringMatching(/PID namespace/) });
  });

  it('turns the bridge-nf-call failure read through the pod into unknown, saying why', async () => {
    const [direct] = await runProbes(PROBES.filter((probe) => probe.id === 'bridge-nf-call'), fixtureHost('bridge-nf-zero'));
    const [inPod] = await runProbes(PROBES.filter((probe) => probe.id === 'bridge-nf-call'), host);
    expect(direct!.status).toBe('fail');
    expect(inPod).toMatchObject({ status: 'unknown', observed: expect.stringMatching(/in a pod: a pod without hostNetwork reads its own network namespace/) });
  });

  it.each(FIXTURES)('%s: every other verdict is the one doctor --host-dir gives; a pod-blind probe is that or unknown', async (fixture) => {
    const direct = await runProbes(PROBES, fixtureHost(fixture));
    const inPod = await runProbes(PROBES, podView(fixtureHost(fixture)));
    for (const [index, result] of inPod.entries()) {
      const expected = POD_BLIND.has(result.id) ? [direct[index]!.status, 'unknown'] : [direct[index]!.status];
      expect(expected, `${result.id}: ${result.observed}`).toContain(result.status);
    }
  });
});
