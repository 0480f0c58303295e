import { lstat, readlink } from 'node:fs/promises';
import { join } from 'node:path';

/** A path that would leave the captured root: refused, never read. */
export class OutsideRootError extends Error {}

const MAX_LINKS = 40;

/**
 * Resolves a host path inside a captured root as if the root were `/`: each component is checked, absolute
 * symlinks restart at the root (never at the real `/`), and `..` or a relative link that would climb above the
 * root is refused. Components that do not exist are returned unresolved, so the read simply finds nothing.
 */
export async function resolveInside(root: string, hostPath: string): Promise<string> {
  const pending = hostPath.split('/').filter(Boolean);
  let resolved: string[] = [];
  let links = 0;
  while (pending.length) {
    const part = pending.shift()!;
    if (part === '.') continue;
    if (part === '..') {
      if (!resolved.length) throw new OutsideRootError(`${hostPath} leaves the captured root`);
      resolved.pop();
      continue;
    }
    const candidate = join(root, ...resolved, part);
    let isLink: boolean;
    try {
      isLink = (await lstat(candidate)).isSymbolicLink();
    } catch {
      return join(root, ...resolved, part, ...pending);
    }
    if (!isLink) {
      resolved.push(part);
      continue;
    }
    if (++links > MAX_LINKS) throw new OutsideRootError(`${hostPath}: too many levels of symbolic links`);
    const target = await readlink(candidate);
    if (target.startsWith('/')) resolved = [];
    pending.unshift(...target.split('/').filter(Boolean));
  }
  return join(root, ...resolved);
}
