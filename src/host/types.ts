import type { CommandName } from './commands.ts';

/** What a command did. Text is as the command wrote it; display code sanitises it. */
export interface CommandResult {
  /** stdout and stderr together, in the order a terminal would show them where they can be told apart. */
  output: string;
  exitCode: number | null;
  /** The command is not installed (ENOENT), or was not captured. */
  missing: boolean;
  timedOut: boolean;
  /** Where the output came from, for evidence: the command line, or the captured file. */
  source: string;
}

export interface FileInfo {
  kind: 'file' | 'directory' | 'other';
  size: number;
}

/**
 * The only way a probe sees a host. Read-only by construction: there is no write, no module load and no sysctl
 * here, and `run` takes only names from the allowlist in commands.ts.
 */
export interface Host {
  /** "this machine", "captured host at …", "sos report at …". */
  readonly description: string;
  readonly kind: 'live' | 'captured' | 'sos-report';
  /** A file's text, up to the read cap; undefined when it is missing or not a regular file. */
  readFile(path: string): Promise<string | undefined>;
  /** Names in a directory, sorted; undefined when it is missing. */
  listDir(path: string): Promise<string[] | undefined>;
  stat(path: string): Promise<FileInfo | undefined>;
  run(command: CommandName, args?: readonly string[], options?: { timeoutMs?: number; signal?: AbortSignal }): Promise<CommandResult>;
}

/** Files are read up to this many bytes: enough for any config or /proc file, safe against a huge one. */
export const READ_CAP = 1 << 20;
/** Command output is kept up to this many bytes. */
export const OUTPUT_CAP = 1 << 20;
