import { mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { capturedHost, resolveInside } from '../../src/host/index.ts';
import { CANARY, captureWith, escapingLinks, outsideSecret } from './hostile-captures.ts';

const inside = (root: string, path: string) => path === root || path.startsWith(root + sep);

describe('resolveInside: the kernel’s rules with the capture as /', () => {
  const root = realpathSync(captureWith([['etc/abs', '/etc/hostname'], ['etc/rel', 'hostname'], ['etc/up', '..'], ['etc/one-too-many', '../../../etc/hostname']], { 'etc/hostname': 'node-1\n' }));

  it.each([
    ['/etc/hostname', 'etc/hostname'],
    ['/../../../etc/hostname', 'etc/hostname'],
    ['/etc/abs', 'etc/hostname'],
    ['/etc/rel', 'etc/hostname'],
    ['/etc/up/etc/up/../etc/hostname', 'etc/hostname'],
    // A host link with one `..` too many works on the host, where `..` at `/` stays at `/`; so it does here.
    ['/etc/one-too-many', 'etc/hostname'],
  ])('%s is %s inside the root', async (path, expected) => {
    expect(await resolveInside(root, path)).toEqual({ kind: 'found', path: join(root, expected) });
  });

  it('ends the walk at a missing name instead of collapsing nosuch/.. lexically', async () => {
    expect(await resolveInside(root, '/etc/nosuch/../hostname')).toEqual({ kind: 'missing', at: '/etc/nosuch' });
  });

  it('treats a file in the middle of a path as the end of it (ENOTDIR)', async () => {
    expect(await resolveInside(root, '/etc/hostname/..')).toMatchObject({ kind: 'missing', at: '/etc/hostname' });
  });

  it('calls more than 40 links a loop', async () => {
    const loop = captureWith([['a', 'b'], ['b', 'a']]);
    expect(await resolveInside(loop, '/a')).toMatchObject({ kind: 'refused', reason: expect.stringMatching(/loop/) });
  });

  it('stops at once when its signal is aborted', async () => {
    await expect(resolveInside(root, '/etc/hostname', AbortSignal.abort())).rejects.toThrow(/stopped/);
  });
});

describe('no escaping link reads outside the root', () => {
  const outside = outsideSecret();
  it.each(escapingLinks(outside, '/etc/os-release').map((link) => [link.kind, link] as const))('%s', async (_kind, link) => {
    const root = captureWith(link.links);
    const host = capturedHost(root, 'captured');
    const read = await host.readFile('/etc/os-release');
    expect(read.kind).toBe('unreadable');
    expect(JSON.stringify(read)).not.toContain(CANARY);
    expect((await host.listDir('/etc/os-release')).kind).not.toBe('present');
  });
});

/** Random trees of directories, files and links with targets made of the parts attackers use, and random lookups. */
const part = fc.constantFrom('a', 'b', 'etc', '..', '.', 'nosuch', 'secret');
const target = (outsideDir: string) =>
  fc.oneof(
    fc.array(part, { minLength: 1, maxLength: 6 }).map((parts) => parts.join('/')),
    fc.array(part, { minLength: 1, maxLength: 4 }).map((parts) => `/${parts.join('/')}`),
    fc.constant(outsideDir),
    fc.array(fc.constant('..'), { minLength: 1, maxLength: 12 }).map((ups) => `${ups.join('/')}${outsideDir}`),
  );

describe('property: whatever the links, a resolution stays inside the root and never reads the canary', () => {
  const outside = outsideSecret();
  it('holds for random trees and lookups', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom('a', 'b', 'etc', 'a/b', 'etc/a', 'b/etc'), fc.constantFrom('a', 'b', 'etc', 'secret', 'link'), target(outside.dir)), { maxLength: 8 }),
        fc.array(part, { minLength: 1, maxLength: 6 }),
        async (entries, lookup) => {
          const root = realpathSync(mkdtempSync(join(tmpdir(), 'k8s-prop-')));
          for (const [dir, name, link] of entries) {
            try {
              mkdirSync(join(root, dir), { recursive: true });
              symlinkSync(link, join(root, dir, name));
            } catch {
              // A name already taken, or a directory path through a link: the tree is just smaller.
            }
          }
          writeFileSync(join(root, 'etc-file'), 'inside\n');
          const resolution = await resolveInside(root, `/${lookup.join('/')}`);
          if (resolution.kind === 'found') {
            expect(inside(root, resolution.path)).toBe(true);
            expect(inside(root, realpathSync(resolution.path))).toBe(true);
            try {
              expect(readFileSync(resolution.path, 'utf8')).not.toContain(CANARY);
            } catch {
              // A directory: nothing to read.
            }
          }
          const read = await capturedHost(root, 'captured').readFile(`/${lookup.join('/')}`);
          expect(JSON.stringify(read)).not.toContain(CANARY);
        },
      ),
      { numRuns: 150 },
    );
  });
});
