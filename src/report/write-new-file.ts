import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Writes next to the user without replacing anything: the first free name of <prefix>-<date>-<time><ext>, then
 * -2, -3… in the directory. Returns the path written.
 */
export function writeNewFile(dir: string, prefix: string, ext: string, text: string, options: { now?: Date; mode?: number } = {}): string {
  const stamp = (options.now ?? new Date()).toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  for (let attempt = 1; ; attempt++) {
    const path = join(dir, `${prefix}-${stamp}${attempt > 1 ? `-${attempt}` : ''}${ext}`);
    try {
      writeFileSync(path, text, { flag: 'wx', ...(options.mode ? { mode: options.mode } : {}) });
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 99) throw error;
    }
  }
}
