import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const bundleForBrowser = (entryPoint: string) =>
  build({ entryPoints: [entryPoint], bundle: true, platform: 'browser', format: 'esm', write: false, metafile: true, logLevel: 'silent' });

/** What a browser bundle of the entry pulls in from outside machines/ and xstate. */
async function foreignInputs(entryPoint: string): Promise<string[]> {
  const result = await bundleForBrowser(entryPoint);
  return Object.keys(result.metafile.inputs).filter((input) => !/(^|\/)machines\//.test(input) && !input.startsWith('node_modules/xstate/'));
}

/** A bundle entry outside the repo that re-exports machines/ beside one more import. */
function leakyEntry(extraImport: string): string {
  const entry = join(mkdtempSync(join(tmpdir(), 'k8s-adventure-')), 'leaky.ts');
  writeFileSync(entry, `${extraImport}\nexport * from '${process.cwd()}/machines/index.ts';\nexport const x = leak;\n`);
  return entry;
}

describe('machines/ is browser-safe', () => {
  // A `node:` import anywhere in machines/ fails this one too: esbuild refuses to bundle it for the browser, so
  // the build rejects (checked by adding `import 'node:fs'` to machines/graph.ts). A test that only bundles a
  // made-up entry with a node: import would test esbuild, not machines/, and could never fail.
  it('bundles for the browser from xstate and its own files only', async () => {
    expect(await foreignInputs('machines/index.ts')).toEqual([]);
  });

  it('would name an import from src/ (the guard above is real)', async () => {
    const inputs = await foreignInputs(leakyEntry(`import { sanitize as leak } from '${process.cwd()}/src/text/sanitize.ts';`));
    expect(inputs.some((input) => input.endsWith('src/text/sanitize.ts'))).toBe(true);
  });
});
