import { execFile } from 'node:child_process';
import { open, readdir, stat } from 'node:fs/promises';
import { commandLine, type CommandName } from './commands.ts';
import { OUTPUT_CAP, READ_CAP, type CommandResult, type FileInfo, type Host } from './types.ts';

export const DEFAULT_COMMAND_TIMEOUT_MS = 5000;

/**
 * Reads at most READ_CAP bytes: /proc files report size 0, so the size cannot be trusted. Only regular files
 * are opened: opening a FIFO would block until something writes to it.
 */
export async function readCapped(path: string): Promise<string | undefined> {
  let handle;
  try {
    if (!(await stat(path)).isFile()) return undefined;
    handle = await open(path, 'r');
    const buffer = Buffer.alloc(READ_CAP);
    let total = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, total, READ_CAP - total, null);
      if (bytesRead === 0 || (total += bytesRead) >= READ_CAP) break;
    }
    return buffer.subarray(0, total).toString('utf8');
  } catch {
    return undefined;
  } finally {
    await handle?.close();
  }
}

export async function listNames(path: string): Promise<string[] | undefined> {
  try {
    return (await readdir(path)).sort();
  } catch {
    return undefined;
  }
}

export async function fileInfo(path: string): Promise<FileInfo | undefined> {
  try {
    const info = await stat(path);
    return { kind: info.isFile() ? 'file' : info.isDirectory() ? 'directory' : 'other', size: info.size };
  } catch {
    return undefined;
  }
}

/** The aws CLI's own settings (credentials, profile, region) pass through; nothing else of the caller's. */
const awsEnv = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(env).filter(([key]) => key.startsWith('AWS_')));

/** This machine. Commands run with execFile (no shell), a timeout, an output cap, and an abort signal. */
export function liveHost(env: NodeJS.ProcessEnv = process.env): Host {
  return {
    description: 'this machine',
    kind: 'live',
    readFile: readCapped,
    listDir: listNames,
    stat: fileInfo,
    run(name: CommandName, args: readonly string[] = [], options = {}) {
      const [file, ...rest] = commandLine(name, args);
      const source = [file, ...rest].join(' ');
      return new Promise<CommandResult>((resolve) => {
        execFile(
          file!,
          rest,
          {
            timeout: options.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS,
            maxBuffer: OUTPUT_CAP,
            killSignal: 'SIGKILL',
            ...(options.signal ? { signal: options.signal } : {}),
            // The C locale keeps output in the English the parsers expect.
            env: { ...awsEnv(env), PATH: env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin', HOME: env.HOME ?? '/', LC_ALL: 'C' },
          },
          (error, stdout, stderr) => {
            const failure = error as (NodeJS.ErrnoException & { killed?: boolean; code?: number | string }) | null;
            resolve({
              output: `${stdout}${stderr}`,
              exitCode: failure ? (typeof failure.code === 'number' ? failure.code : null) : 0,
              missing: failure?.code === 'ENOENT',
              timedOut: Boolean(failure?.killed) && failure?.code !== 'ABORT_ERR',
              source,
            });
          },
        );
      });
    },
  };
}
