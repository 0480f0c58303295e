import type { CommandName } from './commands.ts';
import type { CommandOutput, Outcome } from './outcome.ts';
import type { SpecName } from './specs.ts';

export interface FileInfo {
  kind: 'file' | 'directory' | 'other';
  size: number;
}

export interface ReadOptions {
  /** The probe's deadline or the user leaving: a read or a walk stops at the next step, a command is killed. */
  signal?: AbortSignal;
  /** Past READ_CAP: refuse the file (the default, for configuration) or keep its beginning (for logs). */
  overCap?: 'refuse' | 'truncate';
  /** Allow NUL bytes (/proc/<pid>/cmdline); text reads refuse them. */
  binary?: boolean;
}

export interface RunOptions {
  timeoutMs?: number;
  signal?: AbortSignal;
}

/**
 * The only way a probe sees a host. Every answer is an Outcome: present, absent, not collected or unreadable,
 * with where it came from and why. Read-only by construction: there is no write, no module load and no sysctl
 * here, and commands come only from the allowlist in commands.ts.
 */
export interface Host {
  /** "this machine", "captured host at …", "sos report at …". */
  readonly description: string;
  readonly kind: 'live' | 'captured' | 'sos-report';
  /** A file of the host by its path on the host. */
  readFile(path: string, options?: ReadOptions): Promise<Outcome<string>>;
  /** Names in a directory, sorted. */
  listDir(path: string, options?: ReadOptions): Promise<Outcome<string[]>>;
  stat(path: string, options?: ReadOptions): Promise<Outcome<FileInfo>>;
  /** Named data whose source depends on the host: a command here, a file of a capture or a sos report there. */
  read(spec: SpecName, options?: RunOptions): Promise<Outcome<CommandOutput>>;
  /** A command that takes arguments (xfs_info on a mount point, the aws CLI). */
  run(command: CommandName, args?: readonly string[], options?: RunOptions): Promise<Outcome<CommandOutput>>;
}

/** Files are read up to this many bytes: enough for any config or /proc file, safe against a huge one. */
export const READ_CAP = 1 << 20;
/** Command output is kept up to this many bytes. */
export const OUTPUT_CAP = 1 << 20;
