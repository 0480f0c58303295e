import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured output; `input` becomes a piped (non-TTY) stdin. */
export async function runCli(args: string[], input = ''): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    stdin: Readable.from([input]),
    env: {},
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}
