import type { CaptureFiles, CaptureScheme } from './captured-host.ts';
import { CAPTURE_MANIFEST, manifestCollects, parseCaptureManifest, type CaptureManifest } from './capture-manifest.ts';
import { capturedName, commandLine, COMMANDS } from './commands.ts';
import { scanProcForKubelet } from './kubelet-process.ts';
import { absent, notCollected, unreadable, type CommandOutput, type NotPresent, type Outcome } from './outcome.ts';
import { SPECS, type SpecName } from './specs.ts';
import type { Host, RunOptions } from './types.ts';

/**
 * A plain capture: a mounted root or a copy of one. Command output is in `commands/<argv joined by _>` with an
 * optional `.exit` beside it; without a `.exit` no exit status was recorded.
 */
export async function plainScheme(files: CaptureFiles, host: Host): Promise<CaptureScheme> {
  const manifestText = await files.text(`/${CAPTURE_MANIFEST}`);
  let manifest: CaptureManifest = {};
  if (manifestText?.kind === 'present') {
    const parsed = parseCaptureManifest(manifestText.value);
    if (typeof parsed === 'string') throw new Error(parsed);
    manifest = parsed;
  }
  const ranAll = manifest.commands === undefined;
  const ran = new Set(manifest.commands ?? []);

  /** The output of one argv, if this capture kept it. */
  async function captured(argv: readonly string[], options: RunOptions = {}): Promise<Outcome<CommandOutput>> {
    const file = `commands/${capturedName(argv)}`;
    const line = argv.join(' ');
    const output = await files.text(`/${file}`, { ...options, overCap: 'truncate' });
    if (output === undefined) {
      if (ranAll) return notCollected(file, `this capture has no ${file}`);
      return ran.has(line) ? absent(file, `the capture ran ${line}; it was not installed`) : notCollected(file, `${CAPTURE_MANIFEST} does not list ${line}`);
    }
    if (output.kind !== 'present') return { ...output, source: file };
    const exit = await files.small(`/${file}.exit`, options);
    if (typeof exit === 'object') return unreadable(file, `${file}.exit: ${exit.reason}`);
    if (exit === undefined) return { ...output, source: file, value: { output: output.value, exitCode: null } };
    if (!/^\s*\d{1,3}\s*$/.test(exit)) return unreadable(file, `${file}.exit does not hold an exit status`);
    return { ...output, source: file, value: { output: output.value, exitCode: Number(exit) } };
  }

  return {
    async missing(path): Promise<NotPresent> {
      return manifestCollects(manifest, path) ? absent(path, 'no such file') : notCollected(path, `${CAPTURE_MANIFEST} does not list ${path}`);
    },
    async read(spec: SpecName, options = {}) {
      const source = SPECS[spec];
      const signal = options.signal ? { signal: options.signal } : {};
      if ('command' in source.live) return captured(COMMANDS[source.live.command].argv, options);
      if ('scan' in source.live) return scanProcForKubelet(host.listDir, host.readFile, signal);
      const fallback = source.captured ? await captured(source.captured, options) : undefined;
      if ('file' in source.live) {
        const file = await host.readFile(source.live.file, signal);
        if (file.kind === 'present') return { ...file, value: { output: file.value, exitCode: 0 } };
        return fallback?.kind === 'present' ? fallback : file;
      }
      return fallback ?? notCollected(spec, source.live.none);
    },
    run: (name, args = [], options) => captured(commandLine(name, args), options),
  };
}
