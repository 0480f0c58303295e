import { readFile as readWholeFile } from 'node:fs/promises';
import { capturedName, commandLine, sosPaths, type CommandName } from './commands.ts';
import { fileInfo, listNames, readCapped } from './live-host.ts';
import { resolveInside } from './resolve-inside.ts';
import type { CommandResult, Host } from './types.ts';

/** Runs a read on the resolved path; a path outside the root is treated as absent. */
async function inside<T>(root: string, path: string, read: (resolved: string) => Promise<T | undefined>): Promise<T | undefined> {
  try {
    return await read(await resolveInside(root, path));
  } catch {
    return undefined;
  }
}

const notCaptured = (source: string): CommandResult => ({ output: '', exitCode: null, missing: true, timedOut: false, source });

/**
 * A host captured as a directory tree that mirrors its `/`: a mounted node root, a fixture, or an extracted sos
 * report. Command output comes from files instead of processes: `commands/<name>` (plus an optional
 * `commands/<name>.exit`) in a capture, `sos_commands/<plugin>/<name>` in a sos report.
 */
export function capturedHost(root: string, kind: 'captured' | 'sos-report', label = root): Host {
  const read = (path: string) => inside(root, path, readCapped);
  return {
    description: kind === 'sos-report' ? `sos report at ${label}` : `captured host at ${label}`,
    kind,
    readFile: read,
    listDir: (path) => inside(root, path, listNames),
    stat: (path) => inside(root, path, fileInfo),
    async run(name: CommandName, args: readonly string[] = []) {
      const argv = commandLine(name, args);
      const candidates = kind === 'sos-report' ? sosPaths(name, args) : [`commands/${capturedName(argv)}`];
      for (const file of candidates) {
        const output = await read(`/${file}`);
        if (output === undefined) continue;
        const exit = await inside(root, `/${file}.exit`, (resolved) => readWholeFile(resolved, 'utf8').catch(() => undefined));
        const exitCode = exit === undefined ? 0 : Number.parseInt(exit.trim(), 10);
        return { output, exitCode: Number.isNaN(exitCode) ? null : exitCode, missing: false, timedOut: false, source: file };
      }
      return notCaptured(candidates[0] ?? argv.join(' '));
    },
  };
}
