import { mkdirSync } from 'node:fs';
import module from 'node:module';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';

/**
 * Where the compiled code is kept: $XDG_CACHE_HOME/k8s-adventure/<version> (~/.cache/... by default; a relative
 * XDG_CACHE_HOME is ignored, as the XDG spec asks). One directory per version, so an upgrade never reads the old
 * build's entries and an old version's directory can simply be deleted. Undefined when there is no home to use.
 */
export function compileCacheDir(env: NodeJS.ProcessEnv, version: string): string | undefined {
  const xdg = env.XDG_CACHE_HOME;
  let base: string;
  if (xdg && isAbsolute(xdg)) base = xdg;
  else {
    try {
      base = join(homedir(), '.cache');
    } catch {
      return undefined;
    }
  }
  return join(base, 'k8s-adventure', version);
}

/**
 * Creates the directory and its parents one level at a time, giving up at the first refusal. Node's own recursive
 * mkdir (used by enableCompileCache too) never returns where the kernel answers ENOENT for a parent that exists
 * (HOME=/proc): this is what makes an unusable home cost nothing.
 */
export function makeDirectory(directory: string): boolean {
  const missing: string[] = [];
  for (let dir = directory; dirname(dir) !== dir; dir = dirname(dir)) missing.unshift(dir);
  for (const dir of missing) {
    try {
      mkdirSync(dir);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return false;
    }
  }
  return true;
}

type EnableCompileCache = (directory: string) => { status: number; message?: string; directory?: string };

/**
 * Node ≥ 22.1 keeps V8's compiled code for the bundles on disk: later starts skip parsing and compiling them.
 * Node writes each entry to a temporary file and renames it into place, and checks the source's and the entry's
 * hashes (and V8 its version and flags) before using one, so a torn or stale entry is recompiled, never run.
 * Everything here is best effort: a read-only or missing home leaves the cache off and the CLI as it was.
 * Node 20 has no compile cache for ES modules (V8's `vm.Script` cachedData is for scripts only): nothing is done.
 */
export function enableCompileCache(env: NodeJS.ProcessEnv, version: string): void {
  const enable = (module as { enableCompileCache?: EnableCompileCache }).enableCompileCache;
  if (typeof enable !== 'function' || env.NODE_DISABLE_COMPILE_CACHE) return;
  const directory = compileCacheDir(env, version);
  if (!directory || !makeDirectory(directory)) return;
  try {
    enable(directory);
  } catch {
    // A cache that cannot be opened is only a slower start.
  }
}
