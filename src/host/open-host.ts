import { existsSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from '../kit/input-error.ts';
import { sanitizeLine } from '../text/sanitize.ts';
import { capturedHost } from './captured-host.ts';
import { liveHost } from './live-host.ts';
import type { Host } from './types.ts';

/** An extracted sos report is told apart by its layout: sos_commands/ and the files sos links at its top. */
const isSosReport = (dir: string) => existsSync(join(dir, 'sos_commands')) || existsSync(join(dir, 'sos_reports'));

/**
 * The host to probe: this machine, or a captured directory (--host-dir), checked before any probe runs. The
 * root is taken as its real path once, so every later path is the root joined with names checked inside it.
 */
export function openHost(hostDir: string | undefined, cwd: string, env: NodeJS.ProcessEnv): Host {
  if (hostDir === undefined) return liveHost(env);
  const shown = sanitizeLine(hostDir, 120);
  let root: string;
  try {
    root = realpathSync(resolve(cwd, hostDir));
  } catch {
    throw new InputError(`--host-dir '${shown}' does not exist`);
  }
  if (!statSync(root).isDirectory()) throw new InputError(`--host-dir '${shown}' is not a directory`);
  return capturedHost(root, isSosReport(root) ? 'sos-report' : 'captured', hostDir);
}
