import { writeFileSync } from 'node:fs';
import { writeNewFile } from './write-new-file.ts';
import { fileErrorReason } from '../kit/file-error.ts';
import { InputError } from '../kit/input-error.ts';

/** Writes a report next to the user without replacing anything: k8s-adventure-report-<date>.md, -2.md, -3.md… */
export const writeNewReport = (dir: string, markdown: string, now = new Date()): string => writeNewFile(dir, 'k8s-adventure-report', '.md', markdown, { now });

/** Writes a report where the user asked (`run --report FILE`); replacing that file is what they asked for. */
export function writeReportFile(path: string, markdown: string): void {
  try {
    writeFileSync(path, markdown);
  } catch (error) {
    throw new InputError(`cannot write report '${path}': ${fileErrorReason(error, 'write')}`);
  }
}
