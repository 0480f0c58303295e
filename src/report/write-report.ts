import { writeFileSync } from 'node:fs';
import { fileErrorReason } from '../cli/file-error.ts';
import { UsageError } from '../cli/usage-error.ts';
import { join } from 'node:path';

/**
 * Writes a report next to the user without replacing anything: the first free name of
 * k8s-adventure-report-<date>.md, -2.md, -3.md… in the directory. Returns the path written.
 */
export function writeNewReport(dir: string, markdown: string, now = new Date()): string {
  const stamp = now.toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-');
  for (let attempt = 1; ; attempt++) {
    const path = join(dir, `k8s-adventure-report-${stamp}${attempt > 1 ? `-${attempt}` : ''}.md`);
    try {
      writeFileSync(path, markdown, { flag: 'wx' });
      return path;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 99) throw error;
    }
  }
}

/** Writes a report where the user asked (`run --report FILE`); replacing that file is what they asked for. */
export function writeReportFile(path: string, markdown: string): void {
  try {
    writeFileSync(path, markdown);
  } catch (error) {
    throw new UsageError(`cannot write report '${path}': ${fileErrorReason(error, 'write')}`);
  }
}
