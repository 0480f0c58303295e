import { readBounded, UnreadableError } from '../fs/read-bounded.ts';
import { sanitizeLine } from '../text/sanitize.ts';
import { plainScheme } from './capture-scheme.ts';
import { ReadAborted, unreadable, type NotPresent, type Outcome } from './outcome.ts';
import { listAt, readTextAt, statAt } from './read-at.ts';
import { resolveInside, type Resolution } from './resolve-inside.ts';
import { sosScheme } from './sos/sos-scheme.ts';
import type { Host, ReadOptions } from './types.ts';

/** How a capture stores what is not a plain file of the host, and what it says about what it left out. */
export interface CaptureScheme {
  /** A host path the capture does not hold: absent if the capture would have held it, else not collected. */
  missing(path: string): Promise<NotPresent>;
  read: Host['read'];
  run: Host['run'];
}

/** Reads of a capture's own files (commands/…, sos_commands/…), resolved inside the root like any other. */
export interface CaptureFiles {
  /** The file's text, or undefined when the capture has no such file; unreadable when it is refused. */
  text(path: string, options?: ReadOptions): Promise<Outcome<string> | undefined>;
  /** A small companion file (`.exit`): bounded to 64 bytes, so a FIFO, a device or a huge file is refused. */
  small(path: string, options?: ReadOptions): Promise<string | undefined | NotPresent>;
}

async function describeMissing(where: Exclude<Resolution, { kind: 'found' }>, path: string, scheme: () => Promise<CaptureScheme>): Promise<NotPresent> {
  if (where.kind === 'refused') return unreadable(path, where.reason);
  if (where.link) return unreadable(path, `a symbolic link (${where.link.from} → ${where.link.target}) that leads to nothing inside the capture`);
  return (await scheme()).missing(path);
}

/**
 * A host captured as a directory tree that mirrors its `/`: a mounted node root, a fixture, or an extracted sos
 * report. Every path is resolved inside the root with the kernel's rules (resolve-inside.ts), every file read is
 * bounded, and a missing file is told apart: absent where the capture would have held it, not collected where it
 * never would.
 */
export function capturedHost(root: string, kind: 'captured' | 'sos-report', label = root): Host {
  const files: CaptureFiles = {
    async text(path, options = {}) {
      const where = await resolveInside(root, path, options.signal);
      if (where.kind === 'found') {
        const read = await readTextAt(where.path, path, options);
        return read.kind === 'absent' ? undefined : read;
      }
      if (where.kind === 'missing' && !where.link) return undefined;
      return unreadable(path, where.kind === 'refused' ? where.reason : `a symbolic link (${where.link!.from} → ${where.link!.target}) that leads to nothing inside the capture`);
    },
    async small(path, options = {}) {
      const where = await resolveInside(root, path, options.signal);
      if (where.kind === 'missing' && !where.link) return undefined;
      if (where.kind !== 'found') return unreadable(path, where.kind === 'refused' ? where.reason : 'a symbolic link that leads to nothing inside the capture');
      try {
        return (await readBounded(where.path, { cap: 64, overCap: 'refuse', ...(options.signal ? { signal: options.signal } : {}) })).text;
      } catch (error) {
        if (error instanceof UnreadableError && error.code === 'aborted') throw new ReadAborted();
        if (error instanceof UnreadableError && error.code === 'missing') return undefined;
        return unreadable(path, error instanceof UnreadableError ? error.reason : (error as Error).message);
      }
    },
  };
  let schemePromise: Promise<CaptureScheme> | undefined;
  const scheme = () => (schemePromise ??= kind === 'sos-report' ? sosScheme(files, host) : plainScheme(files, host));
  const at = async <T>(path: string, options: ReadOptions, read: (real: string) => Promise<Outcome<T>>): Promise<Outcome<T>> => {
    const where = await resolveInside(root, path, options.signal);
    if (where.kind !== 'found') return describeMissing(where, path, scheme);
    const outcome = await read(where.path);
    return outcome.kind === 'absent' ? (await scheme()).missing(path) : outcome;
  };
  const shown = sanitizeLine(label, 200);
  const host: Host = {
    description: kind === 'sos-report' ? `sos report at ${shown}` : `captured host at ${shown}`,
    kind,
    readFile: (path, options = {}) => at(path, options, (real) => readTextAt(real, path, options)),
    listDir: (path, options = {}) => at(path, options, (real) => listAt(real, path, options)),
    stat: (path, options = {}) => at(path, options, (real) => statAt(real, path, options)),
    read: async (spec, options) => (await scheme()).read(spec, options),
    run: async (name, args, options) => (await scheme()).run(name, args, options),
  };
  return host;
}
