import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, spawnBin } from '../helpers/spawn-bin.ts';

const dir = mkdtempSync(join(tmpdir(), 'k8s-inputs-'));
const fifo = join(dir, 'fifo');
spawnSync('mkfifo', [fifo]);

/**
 * The bin with standard input taken from a path opened with `flags` ('r', or 'w' for a descriptor that cannot be
 * read), as a shell's `<` or `0>` would. A hang fails the test at the spawn timeout instead of stalling the suite.
 */
function withStdin(args: string[], path: string, flags: 'r' | 'w' = 'r') {
  const fd = openSync(path, flags);
  try {
    const result = spawnSync(process.execPath, [BIN, ...args], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8', timeout: 10_000, env: { ...process.env, NO_COLOR: '1', XDG_STATE_HOME: dir } });
    return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr, timedOut: result.error !== undefined };
  } finally {
    closeSync(fd);
  }
}

/** Bad input: one line on stderr, exit 2; returns the line without its prefix. */
const oneLine = (result: { code: number; stderr: string }, message: RegExp) => {
  expect(result.stderr).toMatch(/^k8s-adventure: [^\n]*\n$/);
  const line = result.stderr.replace(/^k8s-adventure: /, '').trimEnd();
  expect(line).toMatch(message);
  expect(result.code).toBe(2);
  return line;
};

describe('files the user names: regular files only, never a hang', () => {
  it.each([
    ['a FIFO', fifo, /it is a FIFO$/],
    ['/dev/zero', '/dev/zero', /it is a character device$/],
    ['/dev/urandom', '/dev/urandom', /it is a character device$/],
    ['a directory', dir, /it is a directory$/],
  ])('run --answers refuses %s', (_, path, reason) => {
    expect(oneLine(spawnBin(['run', '--answers', path]), /^cannot read answers file '.*': /)).toMatch(reason);
  });

  it('run --answers refuses a file over 1 MiB, without reading it all', () => {
    const big = join(dir, 'big.json');
    writeFileSync(big, JSON.stringify({ 'host-os': 'x'.repeat(50 * 1024 * 1024) }));
    const result = spawnBin(['run', '--answers', big]);
    oneLine(result, /^cannot read answers file '.*big\.json': larger than 1 MiB$/);
  });

  it.each([
    ['a FIFO', fifo, /it is a FIFO$/],
    ['/dev/zero', '/dev/zero', /it is a character device$/],
    ['a directory', dir, /it is a directory$/],
  ])('why --file refuses %s', (_, path, reason) => {
    const result = spawnBin(['why', '--file', path]);
    oneLine(result, reason);
  });
});

describe('why streams a log of any size in bounded memory', () => {
  it('reads a 100 MB file with no line breaks, with a 48 MB heap', () => {
    // Sparse: 100 MB of zero bytes that cost no disk, and one line far past the longest kept.
    const log = join(dir, 'zeros.log');
    writeFileSync(log, '');
    truncateSync(log, 100 * 1024 * 1024);
    const result = spawnSync(process.execPath, ['--max-old-space-size=48', BIN, 'why', '--file', log], { encoding: 'utf8', timeout: 15_000 });
    // Nothing matched, so the chapters are offered as the next step (no word in 100 MB of NUL bytes to search by).
    expect(result.stdout).toMatch(/^k8s-adventure why: nothing in 1 line matches a known symptom\n\nStart from the chapter it belongs to:\n/);
    expect(result.status).toBe(1);
  });
});

describe('standard input: a pipe, a file, a terminal or /dev/null', () => {
  it.each([
    ['run --answers -', ['run', '--answers', '-']],
    ['why -', ['why', '-']],
    ['--plain', ['--plain', '--no-probes']],
  ])('%s refuses a standard input opened for writing (0>out.txt), exit 2 not 70', (_, args) => {
    const result = withStdin(args, join(dir, 'out.txt'), 'w');
    oneLine(result, /^standard input is open for writing only/);
  });

  it.each([
    ['run --answers - < /dev/zero', ['run', '--answers', '-'], '/dev/zero'],
    ['run --answers - < /dev/urandom', ['run', '--answers', '-'], '/dev/urandom'],
    ['why - < /dev/zero', ['why', '-'], '/dev/zero'],
    ['--plain < /dev/zero', ['--plain', '--no-probes'], '/dev/zero'],
  ])('%s is refused at once', (_, args, device) => {
    const result = withStdin(args, device);
    expect(result.timedOut).toBe(false);
    oneLine(result, /^standard input is a character device/);
  });

  it('reads /dev/null as empty input', () => {
    oneLine(withStdin(['why', '-'], '/dev/null'), /^nothing arrived on standard input$/);
  });

  it('stops reading a pipe at 1 MiB of answers', () => {
    const result = spawnBin(['run', '--answers', '-'], `{"start": "${'x'.repeat(2 * 1024 * 1024)}"}`);
    oneLine(result, /^standard input is larger than 1 MiB, too much for an answers file$/);
  });
});

describe('a broken save never stops the adventure', () => {
  const withSave = (make: (path: string) => void) => {
    const state = mkdtempSync(join(tmpdir(), 'k8s-save-'));
    spawnSync('mkdir', ['-p', join(state, 'k8s-adventure')]);
    make(join(state, 'k8s-adventure', 'progress.json'));
    return state;
  };

  it.each([
    ['a FIFO', (path: string) => spawnSync('mkfifo', [path]), /it is a FIFO/],
    ['a link to /dev/zero', (path: string) => symlinkSync('/dev/zero', path), /it is a character device/],
    ['larger than 1 MiB', (path: string) => writeFileSync(path, ' '.repeat(2 * 1024 * 1024)), /larger than 1 MiB/],
  ])('a save that is %s is explained and kept, and the walk goes on', (_, make, reason) => {
    const state = withSave(make);
    const result = spawnBin(['--plain', '--no-probes'], '1\n', { XDG_STATE_HOME: state });
    expect(result.stdout).toMatch(reason);
    expect(result.stdout).toContain('It is kept; starting fresh.');
    expect(result.stdout).toContain('== QUESTION: Pick a host operating system (host-os) ==');
    expect(result.code).toBe(2);
  });

  it('--resume from a save linked to /dev/zero is one line, exit 2, not a crash', () => {
    const state = withSave((path) => symlinkSync('/dev/zero', path));
    oneLine(spawnBin(['--plain', '--resume'], '', { XDG_STATE_HOME: state }), /cannot be resumed: it is a character device; it is kept as it is$/);
  });
});
