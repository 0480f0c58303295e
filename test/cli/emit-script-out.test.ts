import { mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'k8s-emit-'));
const emit = (file: string, ...extra: string[]) => runCli(['run', '--answers', 'examples/centos-on-aws.json', '--emit-script', file, ...extra]);

describe('run --emit-script never replaces what the user has', () => {
  it('writes a new script, executable by its owner', async () => {
    const file = join(scratch(), 'plan.sh');
    expect((await emit(file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^#!\/usr\/bin\/env bash/);
    expect(statSync(file).mode & 0o700).toBe(0o700);
  });

  it('refuses an existing file, before it prints the walk, and keeps it', async () => {
    const file = join(scratch(), 'plan.sh');
    writeFileSync(file, 'my own notes\n');
    const result = await emit(file);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/plan\.sh' already exists; add --force to replace it\n$/);
    expect(readFileSync(file, 'utf8')).toBe('my own notes\n');
  });

  it('refuses a symlink, even a dangling one', async () => {
    const dir = scratch();
    symlinkSync(join(dir, 'nowhere'), join(dir, 'plan.sh'));
    expect((await emit(join(dir, 'plan.sh'))).code).toBe(2);
    expect(() => statSync(join(dir, 'nowhere'))).toThrow();
  });

  it('replaces a regular file with --force, and makes it executable', async () => {
    const file = join(scratch(), 'plan.sh');
    writeFileSync(file, 'old\n', { mode: 0o600 });
    expect((await emit(file, '--force')).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toMatch(/^#!\/usr\/bin\/env bash/);
    expect(statSync(file).mode & 0o777).toBe(0o755);
  });

  it('takes --force only with --emit-script', async () => {
    const result = await runCli(['run', '--answers', 'examples/centos-on-aws.json', '--force']);
    expect(result).toMatchObject({ code: 2, stderr: expect.stringContaining('--force lets --emit-script replace a file') });
  });
});
