import { parseArgs, type ParseArgsConfig } from 'node:util';
import { sanitizeLine } from '../text/sanitize.ts';
import { UsageError } from './usage-error.ts';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: true }>>;

/** How much of a flag or value the user typed is echoed back: enough to recognise it, never a screenful. */
const ECHOED = 60;
const echo = (text: string) => `'${sanitizeLine(text, ECHOED)}'`;

/**
 * `--timeout -1` means the value -1, not a flag: no flag of this CLI looks like a negative number. parseArgs would
 * call it ambiguous; joined as `--timeout=-1`, the option's own check says what is wrong with it.
 */
function joinNegativeValues(args: string[], options: Options): string[] {
  const joined: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return [...joined, ...args.slice(i)];
    const name = arg.startsWith('--') ? arg.slice(2) : undefined;
    const next = args[i + 1];
    if (name !== undefined && options[name]?.type === 'string' && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      i++;
    } else {
      joined.push(arg);
    }
  }
  return joined;
}

/** parseArgs' error, as one line of our own: its messages run over three lines and quote whatever was typed. */
function reword(error: NodeJS.ErrnoException): string {
  const message = error.message;
  const quoted = (pattern: RegExp) => pattern.exec(message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${echo(quoted(/^Unknown option '(.*?)'(?:\. To specify|$)/s) ?? '?')}`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `unexpected argument ${echo(quoted(/^Unexpected argument '(.*?)'\. This command/s) ?? '?')}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE': {
      const option = quoted(/^Option '(--?[\w-]+)/) ?? 'option';
      if (/argument missing$/.test(message)) return `option '${option}' needs a value`;
      if (/does not take an argument$/.test(message)) return `option '${option}' takes no value`;
      if (/argument is ambiguous/.test(message)) return `option '${option}' needs a value; to give one that starts with '-', write ${option}=VALUE`;
      return `option '${option}' has a value it cannot take`;
    }
    default:
      return sanitizeLine(message.split('\n')[0]!, 200);
  }
}

/** node:util parseArgs in strict mode, with its errors reworded as one line that names the command's help. */
function parse<const O extends Options>(command: string, args: string[], options: O, allowPositionals: boolean): Parsed<O> {
  try {
    return parseArgs({ args: joinNegativeValues(args, options), options, strict: true, allowPositionals }) as Parsed<O>;
  } catch (error) {
    throw new UsageError(`${reword(error as NodeJS.ErrnoException)}; see 'k8s-adventure ${command ? `${command} ` : ''}--help'`);
  }
}

/** Flags only: most commands take no other arguments. */
export const parseOptions = <const O extends Options>(command: string, args: string[], options: O): Parsed<O>['values'] =>
  parse(command, args, options, false).values;

/** Flags and free arguments, for commands that take text (`why "<text>"`). */
export const parseOptionsAndArguments = <const O extends Options>(command: string, args: string[], options: O): Parsed<O> =>
  parse(command, args, options, true);
