import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capturedHost, READ_CAP } from '../../src/host/index.ts';
import { sanitize } from '../../src/text/sanitize.ts';

function hostileRoot() {
  const outside = mkdtempSync(join(tmpdir(), 'k8s-outside-'));
  writeFileSync(join(outside, 'secret'), 'the real secret\n');
  const root = mkdtempSync(join(tmpdir(), 'k8s-hostile-'));
  mkdirSync(join(root, 'etc'));
  writeFileSync(join(root, 'etc', 'hostname'), 'node-1\n');
  symlinkSync(join(outside, 'secret'), join(root, 'etc', 'absolute-link'));
  symlinkSync('../../../../../../../../..' + join(outside, 'secret'), join(root, 'etc', 'relative-escape'));
  symlinkSync('/etc/hostname', join(root, 'etc', 'absolute-inside'));
  symlinkSync('hostname', join(root, 'etc', 'relative-inside'));
  symlinkSync('loop-b', join(root, 'etc', 'loop-a'));
  symlinkSync('loop-a', join(root, 'etc', 'loop-b'));
  symlinkSync(outside, join(root, 'escape-dir'));
  return { root, outside, host: capturedHost(root, 'captured') };
}

describe('a captured host never reads outside its root', () => {
  it('reads ordinary files and links that stay inside', async () => {
    const { host } = hostileRoot();
    expect(await host.readFile('/etc/hostname')).toBe('node-1\n');
    expect(await host.readFile('/etc/relative-inside')).toBe('node-1\n');
  });

  it('resolves an absolute link inside the root, as the node itself would see it', async () => {
    const { host } = hostileRoot();
    expect(await host.readFile('/etc/absolute-inside')).toBe('node-1\n');
  });

  it('does not follow an absolute link to the real filesystem', async () => {
    const { host } = hostileRoot();
    expect(await host.readFile('/etc/absolute-link')).toBeUndefined();
  });

  it('refuses a relative link that climbs out', async () => {
    const { host } = hostileRoot();
    expect(await host.readFile('/etc/relative-escape')).toBeUndefined();
  });

  it('refuses .. above the root', async () => {
    const { host, outside } = hostileRoot();
    expect(await host.readFile(`/../../../../../..${outside}/secret`)).toBeUndefined();
    expect(await host.listDir('/..')).toBeUndefined();
  });

  it('does not list a directory through a link out of the root', async () => {
    const { host } = hostileRoot();
    expect(await host.listDir('/escape-dir')).toBeUndefined();
  });

  it('gives up on a link loop instead of spinning', async () => {
    const { host } = hostileRoot();
    expect(await host.readFile('/etc/loop-a')).toBeUndefined();
  });
});

describe('hostile files', () => {
  it('reads a huge file only up to the cap', async () => {
    const root = mkdtempSync(join(tmpdir(), 'k8s-huge-'));
    mkdirSync(join(root, 'etc'));
    writeFileSync(join(root, 'etc', 'os-release'), Buffer.alloc(READ_CAP * 8, 'A'));
    const text = await capturedHost(root, 'captured').readFile('/etc/os-release');
    expect(text?.length).toBe(READ_CAP);
  });

  it('survives binary junk', async () => {
    const root = mkdtempSync(join(tmpdir(), 'k8s-junk-'));
    mkdirSync(join(root, 'etc'));
    writeFileSync(join(root, 'etc', 'os-release'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
    const text = await capturedHost(root, 'captured').readFile('/etc/os-release');
    expect(typeof text).toBe('string');
    expect(sanitize(text!)).not.toMatch(/[\u0000-\u0008\u001B\u007F]/);
  });

  it('does not hang on a FIFO', async () => {
    const root = mkdtempSync(join(tmpdir(), 'k8s-fifo-'));
    mkdirSync(join(root, 'etc'));
    execFileSync('mkfifo', [join(root, 'etc', 'os-release')]);
    expect(await capturedHost(root, 'captured').readFile('/etc/os-release')).toBeUndefined();
  });
});
