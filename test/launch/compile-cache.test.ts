import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileCacheDir } from '../../src/launch/compile-cache.ts';
import { BIN } from '../helpers/spawn-bin.ts';

const [major, minor] = process.versions.node.split('.').map(Number) as [number, number];
const hasCompileCache = major > 22 || (major === 22 && minor >= 1);
const answers = '{"start":"from-scratch","host-os":"amazon-linux"}';

/** The real bin with only the environment given (no inherited HOME or XDG_CACHE_HOME). */
function runBin(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [BIN, 'run', '--answers', '-'], { input: answers, encoding: 'utf8', env: { PATH: process.env.PATH!, NO_COLOR: '1', ...env }, timeout: 15_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under a directory, recursively. */
const filesUnder = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name)) : [];

describe('compileCacheDir', () => {
  it('keeps one directory per version under $XDG_CACHE_HOME, or ~/.cache', () => {
    expect(compileCacheDir({ XDG_CACHE_HOME: '/x/cache' }, '1.2.3')).toBe('/x/cache/k8s-adventure/1.2.3');
    expect(compileCacheDir({}, '1.2.3')).toBe(join(homedir(), '.cache', 'k8s-adventure', '1.2.3'));
  });

  it('ignores a relative XDG_CACHE_HOME, as the XDG spec asks', () => {
    expect(compileCacheDir({ XDG_CACHE_HOME: 'cache' }, '1.2.3')).toBe(join(homedir(), '.cache', 'k8s-adventure', '1.2.3'));
  });
});

describe('the compile cache of the bin', () => {
  const expected = runBin({ HOME: mkdtempSync(join(tmpdir(), 'k8s-cc-ref-')), NODE_DISABLE_COMPILE_CACHE: '1' });

  it(`is kept under XDG_CACHE_HOME on Node ≥ 22.1 (this is ${process.version}), and read back with the same output`, () => {
    expect(expected.code).toBe(1);
    const cache = mkdtempSync(join(tmpdir(), 'k8s-cc-'));
    expect(runBin({ XDG_CACHE_HOME: cache })).toEqual(expected);
    const entries = filesUnder(join(cache, 'k8s-adventure'));
    expect(entries.length > 0).toBe(hasCompileCache);
    expect(runBin({ XDG_CACHE_HOME: cache })).toEqual(expected);
  });

  it('recompiles, with the same output, when an entry on disk is corrupt', () => {
    const cache = mkdtempSync(join(tmpdir(), 'k8s-cc-bad-'));
    runBin({ XDG_CACHE_HOME: cache });
    for (const entry of filesUnder(cache)) writeFileSync(entry, 'not a code cache');
    expect(runBin({ XDG_CACHE_HOME: cache })).toEqual(expected);
  });

  it('works unchanged with a home that cannot be written (even by root) or does not exist', () => {
    // /proc refuses new directories to everyone; a path under a regular file can never be created.
    expect(runBin({ HOME: '/proc' })).toEqual(expected);
    const file = join(mkdtempSync(join(tmpdir(), 'k8s-cc-file-')), 'a-file');
    writeFileSync(file, '');
    expect(runBin({ HOME: join(file, 'home') })).toEqual(expected);
    expect(runBin({ HOME: '', XDG_CACHE_HOME: join(file, 'cache') })).toEqual(expected);
  });
});
