import { constants } from 'node:fs';
import { lstat, open, stat } from 'node:fs/promises';
import { kindOf } from '../fs/read-bounded.ts';
import { sanitizeLine } from '../text/sanitize.ts';
import { fileErrorReason } from './file-error.ts';
import { UsageError } from './usage-error.ts';

/**
 * Writes a file the user named (`export --out FILE`, `run --emit-script FILE`) without replacing anything they
 * have: an existing name, a symlink included even when it points nowhere, is refused unless `force`. With `force` only a regular file is
 * replaced; a FIFO or a device is still refused, and the open never blocks.
 */
export async function writeOut(path: string, shown: string, text: string, force: boolean, mode = 0o666): Promise<void> {
  const name = quoted(shown);
  if (force) await checkWritable(path, shown, force);
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

const quoted = (shown: string) => `'${sanitizeLine(shown, 80)}'`;

/**
 * Refuses a name writeOut would refuse, so a command can say so before doing any work. Without `force` any existing
 * name (lstat: a dangling symlink too); with `force` anything whose target is not a regular file.
 */
export async function checkWritable(path: string, shown: string, force: boolean): Promise<void> {
  const existing = await (force ? stat : lstat)(path).catch(() => undefined);
  if (!existing) return;
  if (!force) throw new UsageError(`${quoted(shown)} already exists; add --force to replace it`);
  if (!existing.isFile()) throw new UsageError(`will not write to ${quoted(shown)}: it is ${kindOf(existing)}`);
}
