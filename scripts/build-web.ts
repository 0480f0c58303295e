import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { bundlePackage, bundlePlayer } from './web-bundle.ts';

const size = (file: string) => {
  const bytes = readFileSync(file);
  return `${file}: ${(bytes.length / 1024).toFixed(1)} KB, ${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzip`;
};

// npm run build:web [FILE]: the player as one self-contained module, to copy next to pages without a bundler.
// npm run build (through --package): the package's browser exports in dist/web/.
if (process.argv[2] === '--package') {
  const { metafile } = await bundlePackage(process.argv[3]);
  for (const file of Object.keys(metafile.outputs)) console.log(size(file));
} else {
  const outfile = process.argv[2] ?? 'dist/web/k8s-adventure.js';
  await bundlePlayer(outfile);
  console.log(size(outfile));
}
