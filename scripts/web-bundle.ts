import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { CONTENT_DIR, contentFiles, readContent } from '../src/content/read-content.ts';

const VIRTUAL = /^virtual:k8s-adventure\/content$/;

/**
 * Serves `virtual:k8s-adventure/content` from content/ itself, parsed at bundle time with the same parser as the
 * CLI: the player reads the very files the terminal does, and the browser needs no YAML parser.
 */
export const contentPlugin: Plugin = {
  name: 'k8s-adventure-content',
  setup(builder) {
    builder.onResolve({ filter: VIRTUAL }, (args) => ({ path: args.path, namespace: 'k8s-adventure-content' }));
    builder.onLoad({ filter: /.*/, namespace: 'k8s-adventure-content' }, () => {
      // Only what the player shows: symptoms and sources stay in the CLI.
      const entries = [...readContent()].map(([id, words]) => [id, { id, title: words.title, validity: words.validity, markdown: words.markdown, symptoms: [], sources: [] }]);
      return { contents: `export const entries = ${JSON.stringify(entries)};`, loader: 'js', watchFiles: contentFiles().map((file) => join(CONTENT_DIR, file)) };
    });
  },
};

/** The browser player as one self-contained ES module: machines, content, marked, and the element. */
export async function bundlePlayer(outfile?: string) {
  const result = await build({
    entryPoints: ['src/web/player.ts'],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    plugins: [contentPlugin],
    metafile: true,
    logLevel: 'silent',
    ...(outfile ? { outfile } : { write: false }),
  });
  return result;
}

/** The package's own dependencies: a docs site's bundler resolves them once, for the player and for its own use. */
const PACKAGE_DEPENDENCIES = ['marked', 'xstate'];

/**
 * The browser exports of the package (npm run build): `player.js` (`k8s-adventure/player`, defines the element)
 * and `content.js` (`k8s-adventure/content`), sharing one content chunk. Left unminified and with marked and
 * xstate as imports, for the site's bundler to tree-shake, dedupe and minify; the types come from tsc
 * (src/web/tsconfig.package.json).
 */
export async function bundlePackage(outdir = 'dist/web') {
  // Chunk names carry a content hash: an old build's chunks would otherwise be packed beside the new ones.
  rmSync(join(outdir, 'chunks'), { recursive: true, force: true });
  return build({
    entryPoints: { player: 'src/web/index.ts', content: 'src/web/content.ts' },
    outdir,
    bundle: true,
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    external: PACKAGE_DEPENDENCIES,
    legalComments: 'none',
    plugins: [contentPlugin],
    metafile: true,
    logLevel: 'warning',
  });
}

/** The whole-graph picture's zoom and pan, as one minified script for the site to inline in its page. */
export async function bundleGraphZoom(): Promise<string> {
  const result = await build({ entryPoints: ['src/web/graph-zoom.ts'], bundle: true, platform: 'browser', format: 'esm', target: 'es2022', minify: true, legalComments: 'none', write: false, logLevel: 'silent' });
  return result.outputFiles[0]!.text.replaceAll('</script', '<\\/script');
}
