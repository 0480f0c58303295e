import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const bundleForBrowser = (entryPoint: string) =>
  build({ entryPoints: [entryPoint], bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent' });

describe('machines/ is browser-safe', () => {
  it('bundles for the browser from xstate and its own files only', async () => {
    const result = await bundleForBrowser('machines/index.ts');
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.filter((input) => !input.startsWith('machines/') && !input.startsWith('node_modules/xstate/'))).toEqual([]);
    expect(result.outputFiles[0]!.text).not.toMatch(/from\s*["']node:/);
  });

  it('would fail the build if a node: import crept in (the guard above is real)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'k8s-adventure-'));
    const entry = join(dir, 'leaky.ts');
    writeFileSync(entry, `import { readFileSync } from 'node:fs';\nexport * from '${process.cwd()}/machines/index.ts';\nexport const x = readFileSync;\n`);
    await expect(bundleForBrowser(entry)).rejects.toThrow(/node:fs/);
  });
});
