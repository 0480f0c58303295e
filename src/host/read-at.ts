import { readdir, stat } from 'node:fs/promises';
import { readBounded, UnreadableError } from '../fs/read-bounded.ts';
import { absent, present, ReadAborted, throwIfAborted, unreadable, type Outcome } from './outcome.ts';
import { READ_CAP, type FileInfo, type ReadOptions } from './types.ts';

/**
 * Reads of one real path, as outcomes. Only regular files are opened (never a FIFO or a device), at most
 * READ_CAP bytes are read whatever the file claims, and a NUL byte marks a binary file a text read refuses.
 */
export async function readTextAt(path: string, source: string, options: ReadOptions = {}): Promise<Outcome<string>> {
  throwIfAborted(options.signal);
  try {
    const { text, truncated } = await readBounded(path, { cap: READ_CAP, overCap: options.overCap ?? 'refuse', ...(options.signal ? { signal: options.signal } : {}) });
    if (!options.binary && text.includes('\0')) return unreadable(source, 'binary content (NUL bytes), not text');
    return present(source, text, truncated);
  } catch (error) {
    return fromError(error, source);
  }
}

export async function listAt(path: string, source: string, options: ReadOptions = {}): Promise<Outcome<string[]>> {
  throwIfAborted(options.signal);
  try {
    const names = await readdir(path);
    throwIfAborted(options.signal);
    return present(source, names.sort());
  } catch (error) {
    return fromError(error, source);
  }
}

export async function statAt(path: string, source: string, options: ReadOptions = {}): Promise<Outcome<FileInfo>> {
  throwIfAborted(options.signal);
  try {
    const info = await stat(path);
    return present(source, { kind: info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other', size: info.size });
  } catch (error) {
    return fromError(error, source);
  }
}

/** ENOENT is absent; a refusal (permission, not a regular file, too large, a loop) is unreadable with its reason. */
function fromError(error: unknown, source: string): Outcome<never> {
  if (error instanceof ReadAborted) throw error;
  if (error instanceof UnreadableError) {
    if (error.code === 'aborted') throw new ReadAborted();
    return error.code === 'missing' ? absent(source, 'no such file') : unreadable(source, error.reason);
  }
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return absent(source, 'no such file');
  if (code === 'EACCES' || code === 'EPERM') return unreadable(source, 'permission denied');
  if (code === 'ELOOP') return unreadable(source, 'too many levels of symbolic links (a loop)');
  if (code === 'ENOTDIR' || code === 'EISDIR') return unreadable(source, 'not a directory');
  return unreadable(source, (error as Error).message);
}
