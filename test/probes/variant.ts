import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { capturedHost } from '../../src/host/index.ts';
import { fixtureDir } from '../helpers/fixtures.ts';

export interface Changes {
  /** Files to write (path → text), links to make (path → { link: target }), or paths to remove (path → null). */
  [path: string]: string | { link: string } | null;
}

/** A copy of a fixture with some files changed, its links kept as links: one condition varied at a time. */
export function variant(fixture: string, changes: Changes): string {
  const root = join(mkdtempSync(join(tmpdir(), 'k8s-variant-')), fixture);
  cpSync(fixtureDir(fixture), root, { recursive: true, verbatimSymlinks: true });
  for (const [path, change] of Object.entries(changes)) {
    const full = join(root, path);
    rmSync(full, { recursive: true, force: true });
    if (change === null) continue;
    mkdirSync(dirname(full), { recursive: true });
    if (typeof change === 'string') writeFileSync(full, change);
    else symlinkSync(change.link, full);
  }
  return root;
}

export const variantHost = (fixture: string, changes: Changes) => capturedHost(variant(fixture, changes), fixture.startsWith('sos') ? 'sos-report' : 'captured');
