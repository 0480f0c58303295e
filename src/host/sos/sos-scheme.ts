import type { CaptureFiles, CaptureScheme } from '../captured-host.ts';
import { commandLine } from '../commands.ts';
import { kubeletFromPs } from '../kubelet-process.ts';
import { absent, notCollected, type CommandOutput, type NotPresent, type Outcome } from '../outcome.ts';
import type { SpecName } from '../specs.ts';
import type { Host, RunOptions } from '../types.ts';
import { SOS_SPECS, sosCollects, sosCommand, type SosSource } from './collects.ts';
import { readSosIndex, sosVersionSaid } from './report-index.ts';
import { inRange } from './version.ts';

/**
 * An extracted sos report. What it holds is decided from what it says it ran (manifest.json from 4.0;
 * version.txt and sos_reports/sos.txt before) and what each plugin copies at that version (collects.ts).
 */
export async function sosScheme(files: CaptureFiles, host: Host): Promise<CaptureScheme> {
  const index = await readSosIndex(files);
  const said = sosVersionSaid(index);

  /** The first of a source's files this report holds, with its exit status where the report recorded one. */
  async function output(source: SosSource, asked: string, options: RunOptions = {}): Promise<Outcome<CommandOutput>> {
    if ('never' in source) return notCollected(asked, source.never);
    // sos 3.x wrote some command lines with doubled spaces ("journalctl --no-pager  --unit docker").
    const line = (source.exec ?? asked).replace(/\s+/g, ' ');
    for (const candidate of source.files) {
      if (!inRange(index.version, candidate.since, candidate.until) && index.version) continue;
      const text = await files.text(`/${candidate.path}`, { ...options, overCap: 'truncate' });
      if (text === undefined) continue;
      if (text.kind !== 'present') return { ...text, source: candidate.path };
      return { ...text, source: candidate.path, value: { output: text.value, exitCode: index.exitCodes.get(candidate.path) ?? null } };
    }
    const where = source.files[0]!.path;
    if (!index.plugins) return notCollected(where, `this report does not say which sos plugins ran (${said})`);
    if (!index.plugins.has(source.plugin)) return notCollected(where, `sos's ${source.plugin} plugin did not run in this report`);
    if (index.notFound.has(line)) return absent(where, `sos ran ${line}; the command was not found`);
    if (source.onlyWhen && inRange(index.version, source.onlyWhen.since)) return notCollected(where, `sos runs ${line} only ${source.onlyWhen.condition}, and kept no output of it`);
    if (index.executed && source.exec && !index.executed.has(line)) return absent(where, `sos's ${source.plugin} plugin ran but could not run ${line} (not installed)`);
    return absent(where, `sos's ${source.plugin} plugin ran and kept no output of ${line}: the command was not found`);
  }

  return {
    async missing(path): Promise<NotPresent> {
      const verdict = sosCollects(path, index.version, said, index.plugins);
      return verdict.collected ? absent(path, `not in the report, though sos's ${verdict.plugin} plugin collects it`) : notCollected(path, verdict.reason);
    },
    async read(spec: SpecName, options = {}) {
      const signal = options.signal ? { signal: options.signal } : {};
      if (spec === 'kernel-modules') {
        const modules = await host.readFile('/proc/modules', signal);
        if (modules.kind === 'present') return { ...modules, value: { output: modules.value, exitCode: null } };
      }
      if (spec === 'kubelet-cmdline') {
        const list = await output(SOS_SPECS[spec], spec, options);
        return list.kind === 'present' ? kubeletFromPs(list.value.output, list.source) : list;
      }
      return output(SOS_SPECS[spec], spec, options);
    },
    run: (name, args = [], options) => output(sosCommand(name, args), commandLine(name, args).join(' '), options),
  };
}
