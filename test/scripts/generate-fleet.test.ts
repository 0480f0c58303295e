import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateFleet } from '../../scripts/generate-fleet.ts';
import { runCli } from '../helpers/run-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'k8s-gen-fleet-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('scripts/generate-fleet.ts', () => {
  const out = join(work, 'fleet');
  const written = generateFleet(out, 7);

  it('writes N captured hosts, each a fixture in turn under a name and hostname of its own', () => {
    expect(written).toHaveLength(7);
    expect(readdirSync(out)).toEqual(Array.from({ length: 7 }, (_, i) => `node-${String(i + 1).padStart(5, '0')}`));
    expect(readFileSync(join(out, 'node-00003/etc/hostname'), 'utf8')).toBe('node-00003.example.internal\n');
    // Every seventh plain root with a live bridge-nf-call value has it off: node-00007 is a copy of missing-dependencies.
    expect(readFileSync(join(out, 'node-00007/proc/sys/net/bridge/bridge-nf-call-iptables'), 'utf8')).toBe('0\n');
    expect(readFileSync(join(out, 'node-00005/proc/sys/net/bridge/bridge-nf-call-iptables'), 'utf8')).toBe('1\n');
  });

  it('gives fleet hosts it reads like the fixtures: every one with a result, the seventh turned broken', async () => {
    const { stdout } = await runCli(['fleet', '--captures', out, '--json']);
    const fleet = JSON.parse(stdout);
    expect(fleet.summary).toMatchObject({ nodes: 7, withoutResult: 0 });
    const bridge = fleet.problems.filter((problem: { probe: string }) => problem.probe === 'bridge-nf-call').flatMap((problem: { nodes: string[] }) => problem.nodes);
    expect(bridge).toContain('node-00007');
  });

  it('refuses to write into a directory that is not empty', () => {
    expect(() => generateFleet(out, 1)).toThrow(/exists and is not empty/);
  });
});
