import { opendir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { kindOf } from '../fs/read-bounded.ts';
import { InputError } from '../kit/input-error.ts';
import { sanitizeLine } from '../text/sanitize.ts';

/**
 * A directory the user named (of doctor JSON files, or of captured hosts), checked before anything is read: a
 * missing path, a FIFO or a file where a directory was expected, or one that cannot be listed is bad input.
 */
export async function checkedDir(dir: string, cwd: string, flag: string): Promise<string> {
  const path = resolve(cwd, dir);
  const shown = `${flag}'${sanitizeLine(dir, 120)}'`;
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'EACCES' ? `${shown}: permission denied` : `${shown} does not exist`);
  }
  if (!info.isDirectory()) throw new InputError(`${shown} is ${kindOf(info)}, not a directory`);
  return path;
}

/** The directory's entry names, sorted so that a run's order (and its output) is the same every time. */
export async function sortedEntries(path: string, shown: string): Promise<{ name: string; path: string; isDirectory: boolean }[]> {
  const entries: { name: string; path: string; isDirectory: boolean }[] = [];
  try {
    for await (const entry of await opendir(path)) {
      // A link to a directory counts as one: a capture dir is often links to mounted roots.
      const isDirectory = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(join(path, entry.name)).then((s) => s.isDirectory(), () => false)));
      entries.push({ name: entry.name, path: join(path, entry.name), isDirectory });
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot list '${sanitizeLine(shown, 120)}': ${code === 'EACCES' ? 'permission denied' : (error as Error).message}`);
  }
  return entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}
