import { spawn } from 'node:child_process';
import { absent, present, ReadAborted, unreadable, type CommandOutput, type Outcome } from './outcome.ts';
import { killGroup, trackGroup } from './process-groups.ts';
import { OUTPUT_CAP } from './types.ts';

export interface SpawnOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  env: NodeJS.ProcessEnv;
}

/**
 * Runs one allowlisted argv without a shell, detached into its own process group, with a deadline and an output
 * cap. At the deadline, on abort, or past the cap the whole group is killed. A command that is not installed is
 * absent; one that hung, was refused or printed too much is unreadable; anything that exited is present with
 * its exit status, which the probe judges.
 */
export function runCommand(argv: readonly string[], options: SpawnOptions): Promise<Outcome<CommandOutput>> {
  const [file, ...args] = argv;
  const source = argv.join(' ');
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new ReadAborted());
    const child = spawn(file!, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: options.env });
    const untrack = child.pid === undefined ? () => false : trackGroup(child.pid);
    const chunks: { out: Buffer[]; err: Buffer[] } = { out: [], err: [] };
    let size = 0;
    let settled = false;
    const finish = (outcome: Outcome<CommandOutput> | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (child.pid !== undefined) killGroup(child.pid);
      untrack();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const onAbort = () => finish(new ReadAborted());
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => finish(unreadable(source, `did not answer within ${options.timeoutMs} ms`)), options.timeoutMs);
    const collect = (into: Buffer[]) => (chunk: Buffer) => {
      size += chunk.length;
      if (size > OUTPUT_CAP) return finish(unreadable(source, `printed more than ${OUTPUT_CAP >> 20} MiB`));
      into.push(chunk);
    };
    child.stdout!.on('data', collect(chunks.out));
    child.stderr!.on('data', collect(chunks.err));
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') finish(absent(source, `${file} is not installed`));
      else finish(unreadable(source, error.code === 'EACCES' ? `${file}: permission denied` : error.message));
    });
    child.on('close', (code, signal) => {
      const output = Buffer.concat([...chunks.out, ...chunks.err]).toString('utf8');
      finish(signal && code === null ? unreadable(source, `killed by ${signal}`) : present(source, { output, exitCode: code }));
    });
  });
}
