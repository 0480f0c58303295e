import { absent, present, type CommandOutput, type Outcome } from './outcome.ts';
import type { ReadOptions } from './types.ts';

/** An argv is the kubelet's: the kubelet binary itself, or `hyperkube kubelet`. */
export function kubeletArgv(argv: readonly string[]): string[] | undefined {
  const at = argv.findIndex((arg, index) => /(^|\/)kubelet$/.test(arg) && (index === 0 || /hyperkube$/.test(argv[0]!)));
  return at >= 0 ? argv.slice(at) : undefined;
}

type List = (path: string, options?: ReadOptions) => Promise<Outcome<string[]>>;
type Read = (path: string, options?: ReadOptions) => Promise<Outcome<string>>;

/**
 * Looks through /proc/<pid>/cmdline for the kubelet. Every step goes through the host's own reads, which check
 * the probe's signal: at the deadline a walk over 100,000 entries stops at the next one.
 */
export async function scanProcForKubelet(list: List, read: Read, options: ReadOptions = {}): Promise<Outcome<CommandOutput>> {
  const proc = await list('/proc', options);
  if (proc.kind !== 'present') return proc;
  for (const pid of proc.value.filter((name) => /^\d+$/.test(name))) {
    const cmdline = await read(`/proc/${pid}/cmdline`, { ...options, binary: true });
    if (cmdline.kind !== 'present') continue;
    const argv = kubeletArgv(cmdline.value.split('\0').filter(Boolean));
    if (argv) return present(cmdline.source, { output: argv.join('\0'), exitCode: 0 });
  }
  return absent('/proc', 'no kubelet process is running');
}

/**
 * The kubelet's line of a `ps auxwww` listing (sos keeps one): the command starts at the eleventh column. ps joins
 * the arguments with spaces, so an argument with a space in it is split; kubelet flags have none.
 */
export function kubeletFromPs(text: string, source: string): Outcome<CommandOutput> {
  for (const line of text.split('\n')) {
    const columns = line.trim().split(/\s+/);
    if (columns.length < 11 || columns[0] === 'USER') continue;
    const argv = kubeletArgv(columns.slice(10));
    if (argv) return present(source, { output: argv.join('\0'), exitCode: null });
  }
  return absent(source, 'no kubelet in the process list');
}
