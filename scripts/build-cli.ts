import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { readContent } from '../src/content/read-content.ts';

const READ_CONTENT = resolve('src/content/read-content.ts');
const LAZY_HIGHLIGHT = resolve('src/ui/lazy-highlight.ts');

/** The content, parsed now and inlined: start-up reads no files and loads no YAML parser. */
const inlineContent: Plugin = {
  name: 'inline-content',
  setup(builder) {
    builder.onLoad({ filter: /src[\\/]content[\\/]read-content\.ts$/ }, () => ({
      resolveDir: dirname(READ_CONTENT),
      loader: 'ts',
      contents: `import { nodes } from '../../machines/index.ts';
const library = new Map(${JSON.stringify([...readContent()])});
export const CONTENT_DIR = '';
export const contentPath = (nodeId: string) => \`\${nodes[nodeId]!.chapter}/\${nodeId}.md\`;
export const contentFiles = () => Object.keys(nodes).map(contentPath);
export const readContent = () => library;`,
    }));
  },
};

/** marked-terminal's cli-highlight goes through the lazy loader, which alone imports the real one. */
const lazyHighlight: Plugin = {
  name: 'lazy-highlight',
  setup(builder) {
    builder.onResolve({ filter: /^cli-highlight$/ }, (args) => (args.importer === LAZY_HIGHLIGHT ? undefined : { path: LAZY_HIGHLIGHT }));
  },
};

/**
 * npm run build: the CLI as a minified ESM entry (dist/cli.js) with its lazily loaded chunks with the production React build, needing no dev dependency
 * at run time. Three workarounds make Ink bundle: a devtools stub, a require() for CJS dependencies, ESM
 * for yoga's top-level await.
 */
export async function buildCli(outdir = 'dist') {
  // Chunk names carry a content hash, so an old build's chunks would otherwise stay and be packed with the new.
  rmSync(join(outdir, 'chunks'), { recursive: true, force: true });
  return build({
    entryPoints: { cli: 'src/cli.ts' },
    outdir,
    // Commands and the UI are imported lazily; split, each loads only its own chunks (and the shared ones).
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    legalComments: 'none',
    alias: { 'react-devtools-core': join(import.meta.dirname, 'stubs/react-devtools-core.js') },
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [inlineContent, lazyHighlight],
    logLevel: 'warning',
    metafile: true,
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildCli(process.argv[2]);
}
