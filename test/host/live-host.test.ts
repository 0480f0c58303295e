import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capturedName, commandLine, liveHost } from '../../src/host/index.ts';

/** A directory whose `docker` just sleeps: a daemon that never answers. */
export function hungDocker(): string {
  const dir = mkdtempSync(join(tmpdir(), 'k8s-hung-'));
  writeFileSync(join(dir, 'docker'), '#!/bin/sh\nsleep 30\n');
  chmodSync(join(dir, 'docker'), 0o755);
  return dir;
}

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
  it('says a command is missing rather than failing', async () => {
    const host = liveHost({ PATH: mkdtempSync(join(tmpdir(), 'k8s-empty-')) });
    expect(await host.run('kubelet-version')).toMatchObject({ missing: true, exitCode: null, timedOut: false });
  });

  it('kills a command that hangs, at its timeout', async () => {
    const host = liveHost({ PATH: `${hungDocker()}:/usr/bin:/bin` });
    const started = Date.now();
    const result = await host.run('docker-info', [], { timeoutMs: 300 });
    expect(result.timedOut).toBe(true);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('reads /proc files, whose size says 0', async () => {
    expect(await liveHost().readFile('/proc/self/status')).toMatch(/^Name:/);
  });
});
