import type { Io } from '../kit/io.ts';
import type { CommandSpec } from '../kit/command-spec.ts';
import { parseCommand } from '../kit/parse-options.ts';
import { startAt } from '../kit/start-at.ts';
import { openHost } from '../host/index.ts';
import { probeService } from '../probes/probe-service.ts';
import { parseTimeout } from '../kit/timeout.ts';
import { withExitSignals } from '../kit/exit-signals.ts';

/** Ink needs a terminal on both ends; anything else, or a terminal that can't redraw, gets plain lines. */
const canDrawUi = (io: Io) => io.stdin.isTTY === true && io.stdout.isTTY === true && io.env.TERM !== 'dumb';

export const adventureSpec = {
  name: '',
  title: 'k8s-adventure: a choose-your-own-adventure guide to bringing up Kubernetes nodes',
  usage: [
    'k8s-adventure [--start-at ID] [--resume | --fresh] [--plain] [--no-color] [--no-probes | --host-dir DIR] [--timeout MS]',
    'k8s-adventure <command> [flags]',
  ],
  flagsIntro: 'With no command, the adventure itself: a terminal UI on a TTY, numbered plain lines otherwise.',
  flags: {
    'start-at': {
      type: 'string',
      arg: 'ID',
      help: ['open at any node (a deep link), e.g. --start-at bridge-netfilter'],
      conflicts: { flag: 'resume', message: '--resume and --start-at cannot be used together' },
    },
    resume: {
      type: 'boolean',
      help: ['continue from the saved progress without asking'],
      conflicts: { flag: 'fresh', message: '--resume and --fresh cannot be used together' },
    },
    fresh: { type: 'boolean', help: ['start over, ignoring the saved progress'] },
    plain: { type: 'boolean', help: ['line-based mode: numbered choices, one answer per line (also when stdin is not a TTY, or TERM=dumb)'] },
    'no-color': { type: 'boolean', help: ['no colour (also NO_COLOR)'] },
    'no-probes': { type: 'boolean', help: ['never probe the host; "I don\'t know" then shows how to check by hand'] },
    'host-dir': {
      type: 'string',
      arg: 'DIR',
      help: ['probe a captured host (a mounted root, a fixture, an extracted sos report) instead of this machine'],
      conflicts: { flag: 'no-probes', message: '--host-dir points the probes at a host; it cannot go with --no-probes' },
    },
    timeout: { type: 'string', arg: 'MS', help: ['how long each probe may take before it counts as unknown: 1 to 600000 (default: 5000)'] },
  },
  notes: ['Keys: ↑↓/jk move · 1-9 select · enter take · p peek · b back · r restart · w report (at an ending) · q quit'],
  examples: [
    'k8s-adventure --start-at selinux-mode',
    "printf '%s\\n' from-scratch amazon-linux | k8s-adventure --plain   # one answer a line, by id or number",
    'echo \'{"start":"from-scratch","host-os":"amazon-linux"}\' | k8s-adventure run --answers -',
    'k8s-adventure paths --json > paths.json',
    "k8s-adventure export --format json | jq '.nodes[] | select(.kind == \"doom\") | .id'",
  ],
  footer: 'Exit codes: 0 ready or done, 1 the walk ended in a doom, 2 bad input, 130 Ctrl+C; SIGTERM 143, SIGHUP 129.\nEvery way out saves progress: q, Ctrl+C, a signal, a closed terminal.',
} as const satisfies CommandSpec;

/** `k8s-adventure` with no command: the adventure itself, drawn with Ink or in plain lines. */
export async function adventureCommand(args: string[], io: Io): Promise<number> {
  const options = parseCommand(adventureSpec, args).values;
  const timeoutMs = parseTimeout(options.timeout);
  const probes = options['no-probes'] ? undefined : probeService(openHost(options['host-dir'], io.cwd, io.env), timeoutMs);
  const start = {
    ...(options['start-at'] !== undefined ? { startAt: startAt(options['start-at']) } : {}),
    ...(options.resume ? { resume: true } : {}),
    ...(options.fresh ? { fresh: true } : {}),
  };
  if (options.plain || !canDrawUi(io)) {
    const { runPlain } = await import('../plain/run-plain.ts');
    return withExitSignals((stop) => runPlain(start, io, probes, stop));
  }
  // chalk decides its colour level when first imported, so this must precede loading the UI (clig.dev, no-color.org).
  if (options['no-color'] || io.env.NO_COLOR) process.env.FORCE_COLOR = '0';
  const { runInteractive } = await import('../interactive/run-interactive.tsx');
  return withExitSignals((stop) => runInteractive(start, io, probes, undefined, stop));
}
