import { EXIT } from '../kit/exit-codes.ts';
import type { CommandSpec } from '../kit/command-spec.ts';
import { helpRow, helpText } from '../kit/help-text.ts';
import type { Io } from '../kit/io.ts';
import { didYouMean } from '../kit/suggest.ts';
import { InputError } from '../kit/input-error.ts';
import { UsageError } from '../kit/usage-error.ts';
import { packageVersion } from '../kit/version.ts';
import { sanitize, sanitizeLine } from '../text/sanitize.ts';

type Command = { spec: CommandSpec; run: (args: string[], io: Io) => number | Promise<number> };

// Each command is loaded when asked for: `run` never pays for the Ink UI, the probes or the diagram exporters.
const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  run: {
    summary: 'walk the graph with an answers file (CI, scripts)',
    load: async () => {
      const { runSpec: spec, runCommand: run } = await import('../commands/run.ts');
      return { spec, run };
    },
  },
  doctor: {
    summary: 'run every read-only probe on this host, a mounted root or a sos report',
    load: async () => {
      const { doctorSpec: spec, doctorCommand: run } = await import('../commands/doctor.ts');
      return { spec, run };
    },
  },
  fleet: {
    summary: 'one triage across many nodes: doctor results, kubectl logs, or captured hosts',
    load: async () => {
      const { fleetSpec: spec, fleetCommand: run } = await import('../commands/fleet.ts');
      return { spec, run };
    },
  },
  why: {
    summary: 'find the node that explains an error, a warning or a log',
    load: async () => {
      const { whySpec: spec, whyCommand: run } = await import('../commands/why.ts');
      return { spec, run };
    },
  },
  nodes: {
    summary: 'list every node id, its kind and title, by chapter',
    load: async () => {
      const { nodesSpec: spec, nodesCommand: run } = await import('../commands/nodes.ts');
      return { spec, run };
    },
  },
  paths: {
    summary: 'list every path from the start to every ending',
    load: async () => {
      const { pathsSpec: spec, pathsCommand: run } = await import('../commands/paths.ts');
      return { spec, run };
    },
  },
  export: {
    summary: 'print the whole graph with its content',
    load: async () => {
      const { exportSpec: spec, exportCommand: run } = await import('../commands/export.ts');
      return { spec, run };
    },
  },
};

/** The adventure's own help, with what only the top level has: the commands and the flags that work anywhere. */
async function mainHelp(): Promise<string> {
  const { adventureSpec } = await import('../commands/adventure.ts');
  const commands = ['Commands', ...Object.entries(COMMANDS).map(([name, { summary }]) => `  ${name.padEnd(10)}${summary}`)].join('\n');
  const flags = ['Flags', ...helpRow('-h, --help', ['show help (also: k8s-adventure <command> --help)']), ...helpRow('-v, --version', ['print the version'])].join('\n');
  return helpText(adventureSpec, [commands, flags]);
}

const wantsHelp = (args: string[]) => args.includes('--help') || args.includes('-h');

async function dispatch(argv: string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${packageVersion()}\n`);
    return EXIT.ok;
  }
  if (first === '--help' || first === '-h') {
    io.stdout.write(await mainHelp());
    return EXIT.ok;
  }
  if (first === undefined || first.startsWith('-')) return (await import('../commands/adventure.ts')).adventureCommand(argv, io);
  const command = COMMANDS[first];
  if (!command) {
    throw new UsageError(`unknown command '${sanitizeLine(first, 60)}'${didYouMean(first, Object.keys(COMMANDS))}; see 'k8s-adventure --help'`);
  }
  const { spec, run } = await command.load();
  // `why` reads free text, which may itself contain "-h"; only a lone flag asks for help there.
  if (spec.positionals ? rest.length === 1 && wantsHelp(rest) : wantsHelp(rest)) {
    io.stdout.write(helpText(spec));
    return EXIT.ok;
  }
  return run(rest, io);
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
