import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { CliResult } from './run-cli.ts';

/** The bundled bin, as the package ships it: `npm test` builds before it tests. */
export const BIN = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** Spawns the real bin with a piped stdin, the way a script or CI job would run it. */
export function spawnBin(args: string[], input = '', env: NodeJS.ProcessEnv = {}, cwd = process.cwd()): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    input,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    timeout: 15_000,
    // `paths --json` lists every path with its answers: over a megabyte, spawnSync's default.
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
