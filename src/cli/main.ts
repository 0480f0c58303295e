import { EXIT } from '../kit/exit-codes.ts';
import { HELP } from './help.ts';
import type { Io } from '../kit/io.ts';
import { didYouMean } from '../kit/suggest.ts';
import { InputError } from '../kit/input-error.ts';
import { UsageError } from '../kit/usage-error.ts';
import { packageVersion } from '../kit/version.ts';
import { sanitize, sanitizeLine } from '../text/sanitize.ts';

type Command = (args: string[], io: Io) => number | Promise<number>;

// Each command is loaded when asked for: `run` never pays for the Ink UI, the probes or the diagram exporters.
const COMMANDS: Record<string, () => Promise<Command>> = {
  run: async () => (await import('../commands/run.ts')).runCommand,
  doctor: async () => (await import('../commands/doctor.ts')).doctorCommand,
  why: async () => (await import('../commands/why.ts')).whyCommand,
  paths: async () => (await import('../commands/paths.ts')).pathsCommand,
  export: async () => (await import('../commands/export.ts')).exportCommand,
};

const wantsHelp = (args: string[]) => args.includes('--help') || args.includes('-h');

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  if (first === '--help' || first === '-h') {
    io.stdout.write(HELP.main!);
    return EXIT.ok;
  }
  if (first === undefined || first.startsWith('-')) return (await import('../commands/adventure.ts')).adventureCommand(argv, io);
  const load = COMMANDS[first];
  if (!load) {
    throw new UsageError(`unknown command '${sanitizeLine(first, 60)}'${didYouMean(first, Object.keys(COMMANDS))}; see 'k8s-adventure --help'`);
  }
  // `why` reads free text, which may itself contain "-h"; only a lone flag asks for help there.
  if (first === 'why' ? rest.length === 1 && wantsHelp(rest) : wantsHelp(rest)) {
    io.stdout.write(HELP[first]!);
    return EXIT.ok;
  }
  return (await load())(rest, io);
}

/**
 * The longest error line: room for a list of valid ids, never a screenful. Values from the user are cut shorter
 * where they are quoted; this is the backstop, with sanitising, for any message that quotes something from outside.
 */
const LONGEST_ERROR = 2000;

/** Runs the CLI and returns its exit code. Bad input (an InputError from any layer) is one line on stderr and exit 2; nothing here throws. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr.write(`k8s-adventure: ${sanitizeLine(error.message, LONGEST_ERROR)}\n`);
      return EXIT.badInput;
    }
    // A bug, not bad input: still one line, with the stack only on request.
    const detail = io.env.K8S_ADVENTURE_DEBUG ? sanitize(String((error as Error).stack)) : sanitizeLine(String((error as Error).message), LONGEST_ERROR);
    io.stderr.write(`k8s-adventure: internal error: ${detail}\n`);
    return EXIT.internal;
  }
}
