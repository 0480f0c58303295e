import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

const temp = () => mkdtempSync(join(tmpdir(), 'k8s-out-'));
const exportTo = (path: string, ...flags: string[]) => runCli(['export', '--format', 'mermaid', '--out', path, ...flags]);

describe('export --out never replaces a file without --force', () => {
  it('writes a new file', async () => {
    const path = join(temp(), 'graph.mmd');
    expect(await exportTo(path)).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(path, 'utf8')).toMatch(/^flowchart TD\n/);
  });

  it('refuses an existing file and leaves it as it was', async () => {
    const path = join(temp(), 'notes.mmd');
    writeFileSync(path, 'my notes');
    const result = await exportTo(path);
    expect(result).toMatchObject({ code: 2, stdout: '' });
    expect(result.stderr).toMatch(/^k8s-adventure: '.*notes\.mmd' already exists; add --force to replace it\n$/);
    expect(readFileSync(path, 'utf8')).toBe('my notes');
  });

  it('refuses a symlink, and writes nothing through it', async () => {
    const dir = temp();
    writeFileSync(join(dir, 'target'), 'kept');
    symlinkSync(join(dir, 'target'), join(dir, 'link.mmd'));
    expect((await exportTo(join(dir, 'link.mmd'))).code).toBe(2);
    expect(readFileSync(join(dir, 'target'), 'utf8')).toBe('kept');
  });

  it('refuses a dangling symlink, and creates nothing where it points', async () => {
    const dir = temp();
    symlinkSync(join(dir, 'nowhere'), join(dir, 'dangling.mmd'));
    const result = await exportTo(join(dir, 'dangling.mmd'));
    expect(result.stderr).toMatch(/already exists; add --force/);
    expect(existsSync(join(dir, 'nowhere'))).toBe(false);
    expect(readlinkSync(join(dir, 'dangling.mmd'))).toBe(join(dir, 'nowhere'));
  });

  it('replaces an existing file with --force', async () => {
    const path = join(temp(), 'graph.mmd');
    writeFileSync(path, 'old');
    expect((await exportTo(path, '--force')).code).toBe(0);
    expect(readFileSync(path, 'utf8')).toMatch(/^flowchart TD\n/);
  });

  it('refuses a FIFO even with --force, without blocking on it', async () => {
    const path = join(temp(), 'pipe.mmd');
    spawnSync('mkfifo', [path]);
    const result = await exportTo(path, '--force');
    expect(result.stderr).toMatch(/^k8s-adventure: will not write to '.*pipe\.mmd': it is a FIFO\n$/);
    expect(lstatSync(path).isFIFO()).toBe(true);
  });

  it('--force without --out is a mistake, said in one line', async () => {
    expect(await runCli(['export', '--force'])).toMatchObject({ code: 2, stderr: "k8s-adventure: --force lets --out replace a file; it needs --out FILE\n" });
  });
});
