import type { Io } from '../kit/io.ts';
import { parseOptions } from '../kit/parse-options.ts';
import { startAt } from '../kit/start-at.ts';
import { UsageError } from '../kit/usage-error.ts';
import { openHost } from '../host/index.ts';
import { probeService } from '../probes/probe-service.ts';
import { parseTimeout } from '../kit/timeout.ts';
import { withExitSignals } from '../kit/exit-signals.ts';

/** Ink needs a terminal on both ends; anything else, or a terminal that can't redraw, gets plain lines. */
const canDrawUi = (io: Io) => io.stdin.isTTY === true && io.stdout.isTTY === true && io.env.TERM !== 'dumb';

/** `k8s-adventure` with no command: the adventure itself, drawn with Ink or in plain lines. */
export async function adventureCommand(args: string[], io: Io): Promise<number> {
  const options = parseOptions('', args, {
    'start-at': { type: 'string' },
    resume: { type: 'boolean' },
    fresh: { type: 'boolean' },
    plain: { type: 'boolean' },
    'no-color': { type: 'boolean' },
    'no-probes': { type: 'boolean' },
    'host-dir': { type: 'string' },
    timeout: { type: 'string' },
  });
  if (options['no-probes'] && options['host-dir'] !== undefined) throw new UsageError('--host-dir points the probes at a host; it cannot go with --no-probes');
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
