import { constants } from 'node:fs';
import { lstat, open, stat } from 'node:fs/promises';
import { kindOf } from '../fs/read-bounded.ts';
import { sanitizeLine } from '../text/sanitize.ts';
import { fileErrorReason } from './file-error.ts';
import { UsageError } from './usage-error.ts';

/**
 * Writes a file the user named (`export --out FILE`, `run --emit-script FILE`) without replacing anything they have: an existing name,
 * a symlink included even when it points nowhere, is refused unless `force`. With `force` only a regular file is
 * replaced; a FIFO or a device is still refused, and the open never blocks.
 */
export async function writeOut(path: string, shown: string, text: string, force: boolean, mode = 0o666): Promise<void> {
  const name = `'${sanitizeLine(shown, 80)}'`;
  if (force) {
    const existing = await stat(path).catch(() => undefined);
    if (existing && !existing.isFile()) throw new UsageError(`will not write to ${name}: it is ${kindOf(existing)}`);
  }
  // O_EXCL fails on any existing name, and does not follow a symlink: a dangling one is refused too.
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_NONBLOCK | (force ? constants.O_TRUNC : constants.O_EXCL);
  let handle;
  try {
    handle = await open(path, flags, mode);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`${name} already exists; add --force to replace it`);
    throw new UsageError(`cannot write ${name}: ${fileErrorReason(error, 'write')}`);
  }
  try {
    // The mode given to open applies only to a new file; a replaced one keeps its own unless set here.
    if (force) await handle.chmod(mode);
    await handle.writeFile(text);
  } catch (error) {
    throw new UsageError(`cannot write ${name}: ${fileErrorReason(error, 'write')}`);
  } finally {
    await handle.close();
  }
}

/** Refuses, before any work is done, a name that writeOut would refuse at the end. */
export async function checkWritable(path: string, shown: string, force: boolean): Promise<void> {
  const existing = await lstat(path).catch(() => undefined);
  if (!existing) return;
  const name = `'${sanitizeLine(shown, 80)}'`;
  if (!force) throw new UsageError(`${name} already exists; add --force to replace it`);
  if (!existing.isFile()) throw new UsageError(`will not write to ${name}: it is ${kindOf(existing)}`);
}
