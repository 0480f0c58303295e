import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build, type BuildOptions, type Plugin } from 'esbuild';
import { readContent } from '../src/content/read-content.ts';
import { yogaSync } from './yoga-sync.ts';

const READ_CONTENT = resolve('src/content/read-content.ts');
const LAZY_HIGHLIGHT = resolve('src/ui/lazy-highlight.ts');
const MAIN = resolve('src/cli/main.ts');

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

/**
 * marked-terminal's cli-highlight goes through the lazy loader, which alone imports the real one: its own file
 * (commands/highlight.js), loaded after the first frame.
 */
const lazyHighlight: Plugin = {
  name: 'lazy-highlight',
  setup(builder) {
    builder.onResolve({ filter: /^cli-highlight$/ }, (args) => (args.importer === LAZY_HIGHLIGHT ? { path: './highlight.js', external: true } : { path: LAZY_HIGHLIGHT }));
  },
};

/**
 * The commands the dispatcher loads lazily, read from its own table, so the launcher's routing can never miss
 * one. Fails the build if the table's shape changes and none are found.
 */
export function dispatchedCommands(): string[] {
  const names = [...readFileSync(MAIN, 'utf8').matchAll(/await import\('\.\.\/commands\/([a-z-]+)\.ts'\)/g)].map((match) => match[1]!);
  const routed = [...new Set(names)].filter((name) => name !== 'adventure');
  if (routed.length === 0 || !names.includes('adventure')) throw new Error(`build-cli: no command table found in ${MAIN}; the launcher could not route`);
  return routed;
}

/**
 * One command's bundle: the whole CLI (src/cli.ts) with only that command inside. The dispatcher's imports of the
 * other commands point at their own bundles, which the launcher never routes to from here.
 */
const onlyCommand = (name: string): Plugin => ({
  name: 'only-command',
  setup(builder) {
    builder.onResolve({ filter: /^\.\.\/commands\/[a-z-]+\.ts$/ }, (args) => {
      if (args.importer !== MAIN) return undefined;
      const other = /([a-z-]+)\.ts$/.exec(args.path)![1]!;
      return other === name ? undefined : { path: `./${other}.js`, external: true };
    });
  },
});

const common: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  alias: { 'react-devtools-core': join(import.meta.dirname, 'stubs/react-devtools-core.js') },
  // CJS dependencies call require() inside the ESM bundle.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  define: { 'process.env.NODE_ENV': '"production"', 'Intl.Segmenter': 'LazySegmenter' },
  inject: [join(import.meta.dirname, 'lazy-segmenter.js')],
  logLevel: 'warning',
  metafile: true,
};

/**
 * npm run build: the CLI with the production React build, needing no dev dependency at run time. dist/cli.js is
 * the launcher; dist/commands/<command>.js is one minified ESM file per command; dist/commands/highlight.js is
 * highlight.js, loaded after the first frame. Ink bundles with a devtools stub and a require() for CJS
 * dependencies; yoga is loaded synchronously (scripts/yoga-sync.ts).
 */
export async function buildCli(outdir = 'dist') {
  // An older build's layout (split chunks) would otherwise stay and be packed with the new.
  rmSync(join(outdir, 'chunks'), { recursive: true, force: true });
  rmSync(join(outdir, 'commands'), { recursive: true, force: true });
  const commands = ['adventure', ...dispatchedCommands()];
  const results = await Promise.all([
    build({
      ...common,
      entryPoints: ['src/launch/launcher.ts'],
      outfile: join(outdir, 'cli.js'),
      banner: { js: '#!/usr/bin/env node' },
      inject: [],
      define: {
        ROUTED: JSON.stringify(commands.filter((name) => name !== 'adventure')),
        VERSION: JSON.stringify((JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version),
      },
    }),
    ...commands.map((name) =>
      build({ ...common, entryPoints: ['src/cli.ts'], outfile: join(outdir, 'commands', `${name}.js`), plugins: [inlineContent, lazyHighlight, yogaSync, onlyCommand(name)] }),
    ),
    build({ ...common, entryPoints: { highlight: 'cli-highlight' }, outdir: join(outdir, 'commands') }),
  ]);
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  await buildCli(process.argv[2]);
}
