import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A directory whose `docker` is a shell that runs `sleep`: a daemon that never answers, with a grandchild. */
export function hungDocker(marker = '30'): string {
  const dir = mkdtempSync(join(tmpdir(), 'k8s-hung-'));
  writeFileSync(join(dir, 'docker'), `#!/bin/sh\nsleep ${marker}\n`);
  chmodSync(join(dir, 'docker'), 0o755);
  return dir;
}

/** Pids of processes whose whole command line is exactly this (read from /proc by pgrep; nothing is signalled). */
export function pidsOf(commandLine: string): number[] {
  const found = spawnSync('pgrep', ['-fx', commandLine], { encoding: 'utf8' });
  return found.stdout.split('\n').filter(Boolean).map(Number);
}
