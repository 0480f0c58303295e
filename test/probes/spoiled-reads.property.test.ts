import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { notCollected, unreadable, type Host } from '../../src/host/index.ts';
import { PROBES, runProbe, type ProbeResult } from '../../src/probes/index.ts';
import { fixtureDir, fixtureHost } from '../helpers/fixtures.ts';

/** Every read a probe makes, as a key: `file /etc/os-release`, `list /opt/cni/bin`, `spec docker-info`, `run xfs-info /`. */
function recording(host: Host, keys: Set<string>): Host {
  return {
    description: host.description,
    kind: host.kind,
    readFile: (path, options) => (keys.add(`file ${path}`), host.readFile(path, options)),
    listDir: (path, options) => (keys.add(`list ${path}`), host.listDir(path, options)),
    stat: (path, options) => (keys.add(`stat ${path}`), host.stat(path, options)),
    read: (spec, options) => (keys.add(`spec ${spec}`), host.read(spec, options)),
    run: (command, args = [], options) => (keys.add(`run ${command} ${args.join(' ')}`.trim()), host.run(command, args, options)),
  };
}

/** The same host, but one read (and, for a path, everything beneath it) was not collected or could not be read. */
function spoiled(host: Host, key: string, as: 'not-collected' | 'unreadable'): Host {
  const [kind, ...rest] = key.split(' ');
  const target = rest.join(' ');
  const gap = (source: string) => (as === 'not-collected' ? notCollected(source, 'spoiled by the test') : unreadable(source, 'spoiled by the test'));
  const hits = (path: string) => ['file', 'list', 'stat'].includes(kind!) && (path === target || path.startsWith(`${target}/`));
  return {
    description: host.description,
    kind: host.kind,
    readFile: async (path, options) => (hits(path) ? gap(path) : host.readFile(path, options)),
    listDir: async (path, options) => (hits(path) ? gap(path) : host.listDir(path, options)),
    stat: async (path, options) => (hits(path) ? gap(path) : host.stat(path, options)),
    read: async (spec, options) => (kind === 'spec' && spec === target ? gap(spec) : host.read(spec, options)),
    run: async (command, args = [], options) => (kind === 'run' && `${command} ${args.join(' ')}`.trim() === target ? gap(command) : host.run(command, args, options)),
  };
}

const FIXTURES = readdirSync(fixtureDir('.')).filter((name) => !name.startsWith('.'));

interface Case {
  fixture: string;
  probe: (typeof PROBES)[number];
  baseline: ProbeResult;
  keys: string[];
}

describe('property: a read that was not collected or could not be read never makes a verdict fail or n/a', () => {
  const cases: Case[] = [];

  beforeAll(async () => {
    for (const fixture of FIXTURES) {
      for (const probe of PROBES) {
        const keys = new Set<string>();
        const baseline = await runProbe(probe, recording(fixtureHost(fixture), keys));
        cases.push({ fixture, probe, baseline, keys: [...keys] });
      }
    }
  });

  it('covers every probe on every fixture', () => {
    expect(cases).toHaveLength(FIXTURES.length * PROBES.length);
    expect(FIXTURES.length).toBeGreaterThanOrEqual(12);
  });

  it('holds for any fixture, probe, read and kind of gap', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(), fc.constantFrom('not-collected' as const, 'unreadable' as const), async (which, read, as) => {
        const { fixture, probe, baseline, keys } = cases[which % cases.length]!;
        if (!keys.length) return;
        const key = keys[read % keys.length]!;
        const result = await runProbe(probe, spoiled(fixtureHost(fixture), key, as));
        const label = `${fixture} ${probe.id} with ${key} ${as}: ${baseline.status} → ${result.status} (${result.observed})`;
        if (result.status === 'fail' || result.status === 'n/a') expect(result.status, label).toBe(baseline.status);
        // A failure stands on what was read, never beside a refused read in its own evidence.
        if (result.status === 'fail') expect(result.evidence.filter((item) => item.read === 'not-collected' || item.read === 'unreadable'), label).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('turns each refused read a verdict rests on into unknown, with the reason in the evidence', async () => {
    // The fixtures' failures, one read each: the read the failure was built on.
    for (const [fixture, id, key] of [
      ['bridge-nf-zero', 'bridge-nf-call', 'file /proc/sys/net/bridge/bridge-nf-call-iptables'],
      ['k8s14-no-loopback', 'cni-loopback-binary', 'list /opt/cni/bin'],
      ['missing-dependencies', 'node-dependencies', 'stat /usr/bin'],
      ['centos71-devicemapper-loopback', 'docker-storage-driver', 'spec docker-info'],
      ['sysctl-conf-only', 'bridge-nf-call', 'list /usr/lib/sysctl.d'],
    ] as const) {
      const probe = PROBES.find((candidate) => candidate.id === id)!;
      const result = await runProbe(probe, spoiled(fixtureHost(fixture), key, 'unreadable'));
      expect(result.status, `${fixture} ${id}: ${result.observed}`).toBe('unknown');
      expect(result.evidence.some((item) => item.read === 'unreadable' && item.reason === 'spoiled by the test'), `${fixture} ${id}`).toBe(true);
    }
  });
});
