import { commandLine } from './commands.ts';
import { scanProcForKubelet } from './kubelet-process.ts';
import { notCollected, type CommandOutput, type Outcome } from './outcome.ts';
import { listAt, readTextAt, statAt } from './read-at.ts';
import { runCommand } from './run-command.ts';
import { SPECS } from './specs.ts';
import type { Host, RunOptions } from './types.ts';

export const DEFAULT_COMMAND_TIMEOUT_MS = 5000;

/** The aws CLI's own settings (credentials, profile, region) pass through; nothing else of the caller's. */
const awsEnv = (env: NodeJS.ProcessEnv) => Object.fromEntries(Object.entries(env).filter(([key]) => key.startsWith('AWS_')));

/**
 * This machine. Files are read where they are (a permission refusal is unreadable, not missing); commands run
 * without a shell, each in its own process group, with a timeout and an output cap.
 */
export function liveHost(env: NodeJS.ProcessEnv = process.env): Host {
  // The C locale keeps output in the English the parsers expect.
  const commandEnv = { ...awsEnv(env), PATH: env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin', HOME: env.HOME ?? '/', LC_ALL: 'C' };
  const exec = (argv: readonly string[], options: RunOptions = {}): Promise<Outcome<CommandOutput>> =>
    runCommand(argv, { timeoutMs: options.timeoutMs ?? DEFAULT_COMMAND_TIMEOUT_MS, env: commandEnv, ...(options.signal ? { signal: options.signal } : {}) });
  const host: Host = {
    description: 'this machine',
    kind: 'live',
    readFile: (path, options) => readTextAt(path, path, options),
    listDir: (path, options) => listAt(path, path, options),
    stat: (path, options) => statAt(path, path, options),
    async read(spec, options = {}) {
      const source = SPECS[spec].live;
      if ('command' in source) return exec(commandLine(source.command), options);
      if ('scan' in source) return scanProcForKubelet(host.listDir, host.readFile, options.signal ? { signal: options.signal } : {});
      if ('none' in source) return notCollected(spec, source.none);
      const file = await readTextAt(source.file, source.file, options.signal ? { signal: options.signal } : {});
      return file.kind === 'present' ? { ...file, value: { output: file.value, exitCode: 0 } } : file;
    },
    run: (name, args = [], options = {}) => exec(commandLine(name, args), options),
  };
  return host;
}

