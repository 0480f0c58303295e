import { adventureCommand } from '../commands/adventure.ts';
import { doctorCommand } from '../commands/doctor.ts';
import { exportCommand } from '../commands/export.ts';
import { pathsCommand } from '../commands/paths.ts';
import { runCommand } from '../commands/run.ts';
import { whyCommand } from '../commands/why.ts';
import { EXIT } from './exit-codes.ts';
import { HELP } from './help.ts';
import type { Io } from './io.ts';
import { didYouMean } from './suggest.ts';
import { UsageError } from './usage-error.ts';
import { packageVersion } from './version.ts';

type Command = (args: string[], io: Io) => number | Promise<number>;

const COMMANDS: Record<string, Command> = { run: runCommand, doctor: doctorCommand, why: whyCommand, paths: pathsCommand, export: exportCommand };

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
  if (first === undefined || first.startsWith('-')) return adventureCommand(argv, io);
  const command = COMMANDS[first];
  if (!command) {
    throw new UsageError(`unknown command '${first}'${didYouMean(first, Object.keys(COMMANDS))}; see 'k8s-adventure --help'`);
  }
  // `why` reads free text, which may itself contain "-h"; only a lone flag asks for help there.
  if (first === 'why' ? rest.length === 1 && wantsHelp(rest) : wantsHelp(rest)) {
    io.stdout.write(HELP[first]!);
    return EXIT.ok;
  }
  return command(rest, io);
}

/** Runs the CLI and returns its exit code. Bad input is one line on stderr; nothing here throws. */
export async function main(argv: string[], io: Io): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`k8s-adventure: ${error.message}\n`);
      return EXIT.badInput;
    }
    // A bug, not bad input: still one line, with the stack only on request.
    const detail = io.env.K8S_ADVENTURE_DEBUG ? (error as Error).stack : (error as Error).message;
    io.stderr.write(`k8s-adventure: internal error: ${detail}\n`);
    return EXIT.internal;
  }
}
