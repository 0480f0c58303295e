import { chmodSync, writeFileSync } from 'node:fs';
import { fileErrorReason } from '../kit/file-error.ts';
import { InputError } from '../kit/input-error.ts';

/** Writes the plan's script where the user asked (`run --emit-script FILE`), executable; replacing FILE is what they asked for. */
export function writeScriptFile(path: string, text: string): void {
  try {
    writeFileSync(path, text);
    chmodSync(path, 0o755);
  } catch (error) {
    throw new InputError(`cannot write script '${path}': ${fileErrorReason(error, 'write')}`);
  }
}
