import { fstatSync, readFileSync, statSync, type Stats } from 'node:fs';
import { kindOf } from '../fs/read-bounded.ts';
import { stopForHangUp } from './exit-signals.ts';
import type { Io } from './io.ts';
import { UsageError } from './usage-error.ts';

const O_ACCMODE = 0o3;
const O_WRONLY = 0o1;

/** Whether a descriptor was opened for writing only (`0>out.txt`), from Linux's /proc; unknown elsewhere. */
function writeOnly(fd: number): boolean {
  try {
    const flags = /^flags:\s*([0-7]+)$/m.exec(readFileSync(`/proc/self/fdinfo/${fd}`, 'utf8'))?.[1];
    return flags !== undefined && (Number.parseInt(flags, 8) & O_ACCMODE) === O_WRONLY;
  } catch {
    return false;
  }
}

/** /dev/null reads as empty, like a closed pipe: scripts and CI jobs run with it as standard input. */
function isDevNull(info: Stats): boolean {
  try {
    return info.isCharacterDevice() && info.rdev === statSync('/dev/null').rdev;
  } catch {
    return false;
  }
}

/**
 * Standard input, checked before anything reads it: a terminal, a pipe, a socket, a regular file or /dev/null.
 * A device (`< /dev/zero` never ends, `< /dev/urandom` never ends either), a directory, or a descriptor opened for
 * writing (`0>out.txt`) is bad input, said in one line. A stream with no descriptor (a test, an embedding) is
 * taken as it is.
 */
export function checkStdin(stdin: Io['stdin']): void {
  const fd = (stdin as { fd?: unknown }).fd;
  if (typeof fd !== 'number' || stdin.isTTY) return;
  let info: Stats;
  try {
    info = fstatSync(fd);
  } catch {
    throw new UsageError('standard input is closed');
  }
  if ((info.isCharacterDevice() && !isDevNull(info)) || info.isBlockDevice() || info.isDirectory()) {
    throw new UsageError(`standard input is ${kindOf(info)}; pipe the text in, or redirect it from a file`);
  }
  if (writeOnly(fd)) throw new UsageError('standard input is open for writing only; redirect it from a file with <, not >');
}

/** Why reading standard input failed, in words; EBADF is what a write-only descriptor gives where /proc is not. */
function readFailure(error: unknown): UsageError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EBADF') return new UsageError('standard input is not open for reading; redirect it from a file with <');
  if (code === 'EISDIR') return new UsageError('standard input is a directory');
  return new UsageError(`cannot read standard input: ${(error as Error).message}`);
}

/**
 * Standard input as chunks, with a failed read reported as bad input rather than a crash. EIO means the terminal
 * was closed: the input ends, and a running adventure stops as on a hang-up, saving its progress.
 */
export async function* stdinChunks(stdin: Io['stdin']): AsyncGenerator<Buffer | string> {
  try {
    for await (const chunk of stdin as AsyncIterable<Buffer | string>) yield chunk;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EIO') throw readFailure(error);
    stopForHangUp();
  }
}

/**
 * All of standard input as text, up to `cap` bytes: more is refused, and the rest of a pipe is not read, so
 * `yes | k8s-adventure run --answers -` stops at the cap instead of filling memory.
 */
export async function readStdin(stdin: Io['stdin'], cap: number, what: string): Promise<string> {
  checkStdin(stdin);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stdinChunks(stdin)) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    // Leaving the loop destroys the stream: the rest of the pipe is never read.
    if (size > cap) throw new UsageError(`standard input is larger than ${cap / (1 << 20)} MiB, too much for ${what}`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}
