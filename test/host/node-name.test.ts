import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { capturedHost, liveHost } from '../../src/host/index.ts';
import { nodeName } from '../../src/host/node-name.ts';
import { fixtureHost } from '../helpers/fixtures.ts';
import { runCli } from '../helpers/run-cli.ts';

const work = mkdtempSync(join(tmpdir(), 'k8s-node-name-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("nodeName: the name doctor's JSON gives a node", () => {
  const root = join(work, 'root');
  mkdirSync(join(root, 'etc'), { recursive: true });
  writeFileSync(join(root, 'etc/hostname'), 'ip-10-0-1-17.ec2.internal\n');
  const sos = join(work, 'sos');
  mkdirSync(join(sos, 'sos_commands'), { recursive: true });
  writeFileSync(join(sos, 'hostname'), 'node9.example.com\n');

  it('takes --node-name first, then NODE_NAME, then the hostname the host or capture has', async () => {
    const captured = capturedHost(root, 'captured');
    expect(await nodeName(captured, 'from-flag', { NODE_NAME: 'from-env' })).toBe('from-flag');
    expect(await nodeName(captured, undefined, { NODE_NAME: 'from-env' })).toBe('from-env');
    expect(await nodeName(captured, undefined, { NODE_NAME: ' ' })).toBe('ip-10-0-1-17.ec2.internal');
    expect(await nodeName(capturedHost(sos, 'sos-report'), undefined, {})).toBe('node9.example.com');
    expect(await nodeName(liveHost({}), undefined, {})).toBe(hostname());
    expect(await nodeName(fixtureHost('healthy-centos72-overlay'), undefined, {})).toBeUndefined();
  });

  it('refuses a --node-name no node could have', async () => {
    for (const bad of ['', 'a b', 'x\u001b[31m', 'n'.repeat(254)]) await expect(nodeName(liveHost({}), bad, {})).rejects.toThrow(/--node-name takes a node's name/);
  });

  it('is host.node in doctor --json, and fleet names the node by it', async () => {
    const { stdout } = await runCli(['doctor', '--json', '--host-dir', root, '--node-name', 'worker-3']);
    expect(JSON.parse(stdout).host).toMatchObject({ kind: 'captured', node: 'worker-3' });
    const fleet = await runCli(['fleet', '-', '--json'], `[pod/k8s-adventure-doctor-x1/result] ${JSON.stringify(JSON.parse(stdout))}\n`);
    expect(JSON.parse(fleet.stdout).groups.flatMap((group: { nodes: string[] }) => group.nodes)).toEqual(['worker-3']);
  });
});
