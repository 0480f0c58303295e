import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { yogaSync } from '../../scripts/yoga-sync.ts';

const work = mkdtempSync(join(tmpdir(), 'k8s-yoga-'));

// Lays out a 100-wide row with two flex children, then says whether Node's fetch (undici) was ever loaded.
const ENTRY = `import Yoga from 'yoga-layout';
const root = Yoga.Node.create();
root.setWidth(100);
root.setFlexDirection(Yoga.FLEX_DIRECTION_ROW);
for (const grow of [1, 3]) { const child = Yoga.Node.create(); child.setFlexGrow(grow); root.insertChild(child, root.getChildCount()); }
root.calculateLayout(undefined, undefined, Yoga.DIRECTION_LTR);
console.log(JSON.stringify({ widths: [0, 1].map((i) => root.getChild(i).getComputedWidth()), undici: process.moduleLoadList.some((m) => m.includes('undici')) }));`;

async function bundleAndRun(plugins: Plugin[]) {
  const outfile = join(work, `yoga-${plugins.length}.mjs`);
  await build({ stdin: { contents: ENTRY, resolveDir: process.cwd(), loader: 'js' }, bundle: true, platform: 'node', format: 'esm', outfile, plugins, logLevel: 'silent' });
  const result = spawnSync(process.execPath, [outfile], { encoding: 'utf8' });
  return { ...JSON.parse(result.stdout), code: result.status, source: readFileSync(outfile, 'utf8') };
}

describe('yoga, loaded synchronously', () => {
  it('lays out as the shipped loader does, without loading fetch, with the wasm in the bundle once', async () => {
    const shipped = await bundleAndRun([]);
    const sync = await bundleAndRun([yogaSync]);
    expect(shipped).toMatchObject({ widths: [25, 75], undici: true, code: 0 });
    expect(sync).toMatchObject({ widths: [25, 75], undici: false, code: 0 });
    expect(sync.source).not.toMatch(/await loadYoga/);
    expect(sync.source.match(/AGFzbQEAAAAB/g)).toHaveLength(1);
  });

  it('fails the build, naming the change, when the loader no longer has the shape it expects', async () => {
    const fake = join(work, 'node_modules', 'yoga-layout', 'dist', 'src');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(fake, { recursive: true });
    writeFileSync(join(fake, 'index.js'), 'const Yoga = await loadYogaSomehowElse();\nexport default Yoga;\n');
    const attempt = build({ entryPoints: [join(fake, 'index.js')], bundle: true, write: false, format: 'esm', plugins: [yogaSync], logLevel: 'silent' });
    await expect(attempt).rejects.toThrow(/loader has changed shape/);
  });
});
