import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, linkSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { hungDocker, pidsOf } from '../helpers/processes.ts';
import { absent, capturedName, commandLine, liveHost, type Host } from '../../src/host/index.ts';

describe('the command allowlist', () => {
  it('builds argv for allowed commands and shapes only', () => {
    expect(commandLine('docker-info')).toEqual(['docker', 'info']);
    expect(commandLine('xfs-info', ['/var/lib/docker'])).toEqual(['xfs_info', '/var/lib/docker']);
    expect(() => commandLine('xfs-info', ['/var; rm -rf /'])).toThrow(/does not accept/);
    expect(() => commandLine('docker-info', ['--format'])).toThrow(/does not accept/);
    expect(() => commandLine('aws-instance', ['us-west-2', '--instance-ids', 'i-x'])).toThrow(/does not accept/);
  });

  it('names captured output the documented way', () => {
    expect(capturedName(['docker', 'info'])).toBe('docker_info');
    expect(capturedName(['xfs_info', '/var/lib/docker'])).toBe('xfs_info_.var.lib.docker');
  });
});

describe('the live host', () => {
  it('says a command that is not installed is absent', async () => {
    const host = liveHost({ PATH: mkdtempSync(join(tmpdir(), 'k8s-empty-')) });
    expect(await host.read('kubelet-version')).toMatchObject({ kind: 'absent', source: 'kubelet --version', reason: 'kubelet is not installed' });
  });

  it('kills a hung command’s whole process group at its timeout: no sleep is left behind', async () => {
    const marker = `${4000 + Math.floor(Math.random() * 999)}.31`;
    const host = liveHost({ PATH: `${hungDocker(marker)}:/usr/bin:/bin` });
    const started = Date.now();
    expect(await host.read('docker-info', { timeoutMs: 300 })).toMatchObject({ kind: 'unreadable', reason: 'did not answer within 300 ms' });
    expect(Date.now() - started).toBeLessThan(3000);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pidsOf(`sleep ${marker}`)).toEqual([]);
  });

  it('kills the group when the probe is stopped', async () => {
    const marker = `${5000 + Math.floor(Math.random() * 999)}.32`;
    const host = liveHost({ PATH: `${hungDocker(marker)}:/usr/bin:/bin` });
    const stop = new AbortController();
    const run = host.read('docker-info', { timeoutMs: 10_000, signal: stop.signal });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pidsOf(`sleep ${marker}`)).toHaveLength(1);
    stop.abort();
    await expect(run).rejects.toThrow(/stopped/);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pidsOf(`sleep ${marker}`)).toEqual([]);
  });

  it('reads /proc files, whose size says 0', async () => {
    expect(await liveHost().readFile('/proc/self/status')).toMatchObject({ kind: 'present', value: expect.stringMatching(/^Name:/) });
  });

  it('reports permission denied as unreadable, not missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'k8s-eacces-'));
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'product_uuid'), 'EC2E1916\n', { mode: 0o600 });
    // As an unprivileged user, as a platform engineer without sudo would run it (root reads anything). That user
    // may not be able to enter the checkout (a fresh clone in a private temp dir), so it runs a bundle of the live
    // host written beside the file instead of the sources.
    const bundle = join(dir, 'live-host.mjs');
    await build({ entryPoints: [fileURLToPath(new URL('../../src/host/live-host.ts', import.meta.url))], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent' });
    chmodSync(bundle, 0o644);
    const script = `import(${JSON.stringify(bundle)}).then(async ({ liveHost }) => console.log(JSON.stringify(await liveHost().readFile(${JSON.stringify(join(dir, 'product_uuid'))}))))`;
    const nobody = { uid: 65534, gid: 65534, cwd: dir };
    // Nor run this Node, when it lives in a private folder (a version installed into a temp dir, as CI does for 22
    // and 24): then a hard link beside the file runs. A link, not a copy: a copy's write handle can be inherited by
    // a child another test thread forks meanwhile, and exec then fails with ETXTBSY.
    let node = process.execPath;
    if (spawnSync(node, ['-e', '0'], nobody).error) {
      node = join(dir, 'node');
      try {
        linkSync(process.execPath, node);
      } catch {
        copyFileSync(process.execPath, node);
        chmodSync(node, 0o755);
      }
    }
    const output = execFileSync(node, ['--input-type=module', '-e', script], { ...nobody, encoding: 'utf8' });
    expect(JSON.parse(output)).toMatchObject({ kind: 'unreadable', reason: 'permission denied' });
  });
});

describe('a probe’s commands', () => {
  it('run under the probe’s own deadline (--timeout), not the command default of 5 s', async () => {
    const { runProbe, probeById } = await import('../../src/probes/index.ts');
    const seen: (number | undefined)[] = [];
    const host = { ...liveHost({ PATH: '/nonexistent' }), read: async (_spec: string, options?: { timeoutMs?: number }) => (seen.push(options?.timeoutMs), absent('docker info', 'docker is not installed')) } as unknown as Host;
    await runProbe(probeById('docker-storage-driver')!, host, { timeoutMs: 30_000 });
    expect(seen).toEqual([30_000]);
  });
});
