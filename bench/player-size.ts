import { gzipSync } from 'node:zlib';
import { bundlePlayer } from '../scripts/web-bundle.ts';

/** The browser player bundle (machines, content, marked, the element) against its 60 KB gzip budget. */
export async function playerSize(): Promise<{ bytes: number; gzip: number; budget: number }> {
  const result = await bundlePlayer();
  const code = result.outputFiles![0]!.contents;
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length, budget: 60 * 1024 };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { bytes, gzip, budget } = await playerSize();
  console.log(`player bundle: ${(bytes / 1024).toFixed(1)} KB, ${(gzip / 1024).toFixed(1)} KB gzip (budget ${budget / 1024} KB gzip: ${gzip <= budget ? 'met' : 'MISSED'})`);
}
