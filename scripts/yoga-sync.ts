import { readFileSync } from 'node:fs';
import type { Plugin } from 'esbuild';

// yoga-layout 3's loader shape, as this plugin expects it. If an upgrade changes any of it, the build stops here.
const INDEX = /yoga-layout[\\/]dist[\\/]src[\\/]index\.js$/;
const BINARY = /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/;
const INDEX_LOAD = 'const Yoga = wrapAssembly(await loadYoga());';
const DATA_URL = /H="data:application\/octet-stream;base64,([A-Za-z0-9+/=]+)"/g;
const HOOK = 'if(h.instantiateWasm)';

const changed = (what: string) =>
  new Error(`yoga-sync: yoga-layout's loader has changed shape (${what}); update scripts/yoga-sync.ts for this version before building`);

/**
 * Yoga, loaded synchronously. As shipped, yoga-layout's Emscripten loader turns its inlined WebAssembly into bytes
 * by `fetch`ing a data: URL (which loads undici, Node's fetch) and compiles it asynchronously behind a top-level
 * await. Here the bytes go straight from the bundle to `new WebAssembly.Instance` through Emscripten's own
 * `instantiateWasm` hook, so the module is ready when its import returns, and fetch never loads.
 */
export const yogaSync: Plugin = {
  name: 'yoga-sync',
  setup(builder) {
    builder.onLoad({ filter: BINARY }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const urls = [...source.matchAll(DATA_URL)];
      if (urls.length !== 1) throw changed(`${urls.length} inlined data: URLs, expected 1`);
      if (!source.includes(HOOK)) throw changed('no instantiateWasm hook');
      if (!source.includes('export default loadYoga;')) throw changed('no default export');
      // The base64 moves out of the loader (which no longer reads it) into its own export: it is in the bundle once.
      const contents = `${source.replace(DATA_URL, 'H="data:application/octet-stream;base64,"')}\nexport const wasmBase64 = ${JSON.stringify(urls[0]![1])};\n`;
      return { contents, loader: 'js' };
    });
    builder.onLoad({ filter: INDEX }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes(INDEX_LOAD)) throw changed(`index.js no longer has "${INDEX_LOAD}"`);
      const contents = source.replace(
        INDEX_LOAD,
        `import { wasmBase64 } from '../binaries/yoga-wasm-base64-esm.js';
const moduleArg = {
  instantiateWasm(imports, receive) {
    const instance = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(wasmBase64, 'base64')), imports);
    receive(instance);
    return instance.exports;
  },
};
loadYoga(moduleArg);
if (!moduleArg.calledRun) throw new Error('yoga-layout did not load synchronously');
const Yoga = wrapAssembly(moduleArg);`,
      );
      return { contents, loader: 'js' };
    });
  },
};
