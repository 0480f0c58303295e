import { lstat, readlink } from 'node:fs/promises';
import { join } from 'node:path';
import { sanitizeLine } from '../text/sanitize.ts';
import { throwIfAborted } from './outcome.ts';

/** Linux's limit on symbolic links followed in one lookup (MAXSYMLINKS), past which open gives ELOOP. */
export const MAX_LINKS = 40;

export type Resolution =
  /** A real path under the root whose every component was checked not to be a link. */
  | { kind: 'found'; path: string }
  /** The walk ended at a name that does not exist; through a link, the link pointed at nothing inside the root. */
  | { kind: 'missing'; at: string; link?: { from: string; target: string } }
  /** A loop, or a component that could not be looked at. */
  | { kind: 'refused'; reason: string };

const errnoOf = (error: unknown) => (error as NodeJS.ErrnoException).code;

/**
 * Resolves a host path inside a captured root the way the kernel would if the root were `/`: component by
 * component, `..` at the root stays at the root, an absolute link target starts again at the root, a missing
 * component ends the walk (never collapsed lexically, so `nosuch/../..` cannot climb), and more than 40 links is
 * a loop. The result only ever joins the root with names checked to be real directories or files, so nothing
 * outside the root can be reached.
 */
export async function resolveInside(root: string, hostPath: string, signal?: AbortSignal): Promise<Resolution> {
  const pending = hostPath.split('/').filter(Boolean);
  let resolved: string[] = [];
  let links = 0;
  let lastLink: { from: string; target: string } | undefined;
  while (pending.length) {
    throwIfAborted(signal);
    const part = pending.shift()!;
    if (part === '.') continue;
    if (part === '..') {
      resolved.pop();
      continue;
    }
    const here = `/${[...resolved, part].join('/')}`;
    let info;
    try {
      info = await lstat(join(root, ...resolved, part));
    } catch (error) {
      const code = errnoOf(error);
      if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing', at: here, ...(lastLink ? { link: lastLink } : {}) };
      return { kind: 'refused', reason: code === 'EACCES' || code === 'EPERM' ? `permission denied at ${here}` : `cannot look at ${here} (${code ?? 'error'})` };
    }
    if (info.isSymbolicLink()) {
      if (++links > MAX_LINKS) return { kind: 'refused', reason: 'too many levels of symbolic links (a loop)' };
      const target = await readlink(join(root, ...resolved, part));
      lastLink = { from: here, target: sanitizeLine(target, 120) };
      if (target.startsWith('/')) resolved = [];
      pending.unshift(...target.split('/').filter(Boolean));
      continue;
    }
    // A file in the middle of a path: the kernel's ENOTDIR, which reads as "no such file" here.
    if (!info.isDirectory() && pending.length) {
      return { kind: 'missing', at: here, ...(lastLink ? { link: lastLink } : {}) };
    }
    resolved.push(part);
  }
  return { kind: 'found', path: join(root, ...resolved) };
}
