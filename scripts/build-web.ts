import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { bundlePlayer } from './web-bundle.ts';

// npm run build:web: the player module a docs site embeds.
const outfile = process.argv[2] ?? 'dist/web/k8s-adventure.js';
await bundlePlayer(outfile);
const bytes = readFileSync(outfile);
console.log(`${outfile}: ${(bytes.length / 1024).toFixed(1)} KB, ${(gzipSync(bytes).length / 1024).toFixed(1)} KB gzip`);
