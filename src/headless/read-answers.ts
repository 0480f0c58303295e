import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Io } from '../cli/io.ts';
import { fileErrorReason } from '../cli/file-error.ts';
import { UsageError } from '../cli/usage-error.ts';
import { parseAnswers, type Answers } from './answers.ts';

async function readStdin(stdin: Io['stdin']): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}

/** Reads an answers file, or standard input for `-`. */
export async function readAnswers(path: string, io: Io): Promise<Answers> {
  if (path === '-') {
    if (io.stdin.isTTY) throw new UsageError("--answers - reads standard input, but it is a terminal; pipe the JSON in");
    return parseAnswers(await readStdin(io.stdin), 'the answers on standard input');
  }
  let text: string;
  try {
    text = await readFile(resolve(io.cwd, path), 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read answers file '${path}': ${fileErrorReason(error, 'read')}`);
  }
  return parseAnswers(text, `answers file '${path}'`);
}
