import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBounded, UnreadableError } from '../../src/fs/read-bounded.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'k8s-bounded-'));

async function failure(promise: Promise<unknown>): Promise<UnreadableError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(UnreadableError);
  return error as UnreadableError;
}

describe('readBounded', () => {
  it('reads a regular file, and a link to one', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a'), 'hello\n');
    symlinkSync('a', join(dir, 'link'));
    expect(await readBounded(join(dir, 'link'), { cap: 100, overCap: 'refuse' })).toEqual({ text: 'hello\n', truncated: false });
  });

  it('keeps the first cap bytes, or refuses, when the file is larger', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'big'), 'x'.repeat(200_000));
    expect(await readBounded(join(dir, 'big'), { cap: 100_000, overCap: 'truncate' })).toEqual({ text: 'x'.repeat(100_000), truncated: true });
    const error = await failure(readBounded(join(dir, 'big'), { cap: 100 * 1024, overCap: 'refuse' }));
    expect([error.code, error.reason]).toEqual(['too-large', 'larger than 100 KiB']);
    writeFileSync(join(dir, 'exact'), 'y'.repeat(100));
    expect((await readBounded(join(dir, 'exact'), { cap: 100, overCap: 'refuse' })).truncated).toBe(false);
  });

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const dir = scratch();
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    const error = await failure(readBounded(join(dir, 'fifo'), { cap: 100, overCap: 'refuse' }));
    expect([error.code, error.reason]).toEqual(['not-regular', 'it is a FIFO']);
  });

  it('refuses devices without reading them, however the path reaches them', async () => {
    const dir = scratch();
    symlinkSync('/dev/zero', join(dir, 'zero'));
    for (const path of ['/dev/zero', '/dev/urandom', join(dir, 'zero')]) {
      const error = await failure(readBounded(path, { cap: 100, overCap: 'truncate' }));
      expect([error.code, error.reason]).toEqual(['not-regular', 'it is a character device']);
    }
  });

  it('names a missing file and a directory in words', async () => {
    const dir = scratch();
    expect((await failure(readBounded(join(dir, 'nope'), { cap: 1, overCap: 'refuse' }))).code).toBe('missing');
    expect((await failure(readBounded(dir, { cap: 1, overCap: 'refuse' }))).reason).toBe('it is a directory');
  });

  it('stops when its signal is aborted', async () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a'), 'hello');
    const error = await failure(readBounded(join(dir, 'a'), { cap: 100, overCap: 'refuse', signal: AbortSignal.abort() }));
    expect(error.code).toBe('aborted');
  });
});
