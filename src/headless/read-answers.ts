import { resolve } from 'node:path';
import type { Io } from '../kit/io.ts';
import { readStdin } from '../kit/stdin.ts';
import { InputError } from '../kit/input-error.ts';
import { readBounded, UnreadableError } from '../fs/read-bounded.ts';
import { sanitizeLine } from '../text/sanitize.ts';
import { parseAnswers, type Answers } from './answers.ts';

/** An answers file is a few hundred bytes; anything past a mebibyte is not one. */
export const ANSWERS_CAP = 1 << 20;

/** Reads an answers file, or standard input for `-`: a regular file or a pipe, at most ANSWERS_CAP bytes. */
export async function readAnswers(path: string, io: Io): Promise<Answers> {
  if (path === '-') {
    if (io.stdin.isTTY) throw new InputError("--answers - reads standard input, but it is a terminal; pipe the JSON in");
    return parseAnswers(await readStdin(io.stdin, ANSWERS_CAP, 'an answers file'), 'the answers on standard input');
  }
  const name = `answers file '${sanitizeLine(path, 80)}'`;
  let text: string;
  try {
    ({ text } = await readBounded(resolve(io.cwd, path), { cap: ANSWERS_CAP, overCap: 'refuse' }));
  } catch (error) {
    if (error instanceof UnreadableError) throw new InputError(`cannot read ${name}: ${error.reason}`);
    throw error;
  }
  return parseAnswers(text, name);
}
