import { constants } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import type { Stats } from 'node:fs';

/** Why a file could not be read, as one word a caller can branch on and one phrase a user can read. */
export type UnreadableCode = 'missing' | 'not-regular' | 'too-large' | 'permission' | 'loop' | 'aborted' | 'other';

export class UnreadableError extends Error {
  constructor(
    readonly code: UnreadableCode,
    /** A short phrase for the user: "it is a FIFO", "larger than 1 MiB". */
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** What a non-regular file is, in words: what the user put where a file was expected. */
export function kindOf(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

function fromErrno(error: unknown): UnreadableError {
  if (error instanceof UnreadableError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new UnreadableError('missing', 'no such file');
    case 'EACCES':
    case 'EPERM':
      return new UnreadableError('permission', 'permission denied');
    case 'ELOOP':
      return new UnreadableError('loop', 'too many levels of symbolic links');
    case 'EISDIR':
      return new UnreadableError('not-regular', 'it is a directory');
    default:
      return new UnreadableError('other', (error as Error).message);
  }
}

/**
 * Opens a regular file for reading and nothing else. The type is checked before opening, so a device is never
 * opened (opening one can have effects of its own), and the open does not block, so a FIFO swapped in between
 * the check and the open cannot hang the process; the handle's own type is checked again after.
 */
export async function openRegular(path: string): Promise<FileHandle> {
  let before: Stats;
  try {
    before = await stat(path);
  } catch (error) {
    throw fromErrno(error);
  }
  if (!before.isFile()) throw new UnreadableError('not-regular', `it is ${kindOf(before)}`);
  let handle: FileHandle;
  try {
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    throw fromErrno(error);
  }
  const after = await handle.stat();
  if (!after.isFile()) {
    await handle.close();
    throw new UnreadableError('not-regular', `it is ${kindOf(after)}`);
  }
  return handle;
}

export interface BoundedReadOptions {
  /** The most bytes read. */
  cap: number;
  /** What to do past the cap: keep the first `cap` bytes, or refuse the file. */
  overCap: 'truncate' | 'refuse';
  /** Stops the read between chunks. */
  signal?: AbortSignal;
}

export interface BoundedRead {
  text: string;
  /** True when the file had more than `cap` bytes and only the first `cap` were kept. */
  truncated: boolean;
}

const CHUNK = 64 * 1024;

const capPhrase = (cap: number) => (cap % (1 << 20) === 0 ? `${cap / (1 << 20)} MiB` : cap % 1024 === 0 ? `${cap / 1024} KiB` : `${cap} bytes`);

/**
 * Reads a regular file up to a size cap. The size reported by stat is not trusted (/proc files say 0), so the
 * cap is enforced on what is actually read.
 */
export async function readBounded(path: string, options: BoundedReadOptions): Promise<BoundedRead> {
  const handle = await openRegular(path);
  try {
    const buffer = Buffer.alloc(options.cap + 1);
    let total = 0;
    while (total <= options.cap) {
      if (options.signal?.aborted) throw new UnreadableError('aborted', 'the read was stopped');
      const { bytesRead } = await handle.read(buffer, total, Math.min(CHUNK, options.cap + 1 - total), null);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    const truncated = total > options.cap;
    if (truncated && options.overCap === 'refuse') throw new UnreadableError('too-large', `larger than ${capPhrase(options.cap)}`);
    return { text: buffer.subarray(0, Math.min(total, options.cap)).toString('utf8'), truncated };
  } catch (error) {
    throw fromErrno(error);
  } finally {
    await handle.close();
  }
}
