import { basename } from 'node:path';
import { readBounded, UnreadableError } from '../fs/read-bounded.ts';
import { InputError } from '../kit/input-error.ts';
import { sanitizeLine } from '../text/sanitize.ts';
import { sortedEntries } from './input-dir.ts';
import { parseNodeReport, type NodeReport } from './node-report.ts';

/** A doctor result is tens of KB; a file past this is not one, and is read only this far (then: truncated). */
export const RESULT_CAP = 8 << 20;

/**
 * One report per `*.json` file in a directory (`kubectl logs POD > results/NODE.json`, or `doctor --json` saved per
 * node), one file at a time. A file that cannot be read (permission, a FIFO) is a gap under its name, not a crash,
 * and never opened if it is not a regular file.
 */
export async function* reportsFromJsonDir(path: string, shown: string): AsyncGenerator<NodeReport> {
  const files = (await sortedEntries(path, shown)).filter((entry) => !entry.isDirectory && entry.name.endsWith('.json'));
  if (!files.length) throw new InputError(`'${sanitizeLine(shown, 120)}' holds no doctor results (*.json files)`);
  for (const file of files) {
    const name = basename(file.name, '.json');
    try {
      const read = await readBounded(file.path, { cap: RESULT_CAP, overCap: 'truncate' });
      yield read.truncated ? { name, kind: 'truncated', reason: `larger than ${RESULT_CAP >> 20} MiB: not one doctor result` } : parseNodeReport(name, read.text);
    } catch (error) {
      if (!(error instanceof UnreadableError)) throw error;
      yield { name, kind: 'unreadable', reason: `${file.name}: ${error.reason}` };
    }
  }
}
