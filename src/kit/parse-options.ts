import { parseArgs, type ParseArgsConfig } from 'node:util';
import { sanitizeLine } from '../text/sanitize.ts';
import type { CommandSpec, FlagSpec } from './command-spec.ts';
import { didYouMean } from './suggest.ts';
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
function parse<O extends Options>(command: string, args: string[], options: O, allowPositionals: boolean): Parsed<O> {
  try {
    return parseArgs({ args: joinNegativeValues(args, options), options, strict: true, allowPositionals }) as Parsed<O>;
  } catch (error) {
    throw new UsageError(`${reword(error as NodeJS.ErrnoException)}; see 'k8s-adventure ${command ? `${command} ` : ''}--help'`);
  }
}

/** The values a spec's flags parse to: a boolean flag is true or absent, a string flag with a default always there. */
export type FlagValues<F extends CommandSpec['flags']> = {
  [K in keyof F]: F[K] extends { type: 'boolean' } ? boolean | undefined : F[K] extends { default: string } ? string : string | undefined;
};

const parseArgsOptions = (flags: CommandSpec['flags']): Options =>
  Object.fromEntries(Object.entries(flags).map(([name, flag]) => [name, { type: flag.type, ...(flag.default !== undefined ? { default: flag.default } : {}) }]));

/** The checks a spec declares, in the order its flags are listed: required ones first, then each flag present. */
function check(flags: Readonly<Record<string, FlagSpec>>, values: Record<string, unknown>): void {
  for (const [name, flag] of Object.entries(flags)) if (flag.required !== undefined && values[name] === undefined) throw new UsageError(flag.required);
  for (const [name, flag] of Object.entries(flags)) {
    const value = values[name];
    if (value === undefined) continue;
    if (flag.requires && values[flag.requires.flag] === undefined) throw new UsageError(flag.requires.message);
    if (flag.conflicts && values[flag.conflicts.flag] !== undefined) throw new UsageError(flag.conflicts.message);
    if (flag.choices && typeof value === 'string' && !flag.choices.values.includes(value)) {
      throw new UsageError(flag.choices.unknown(sanitizeLine(value, 40), didYouMean(value, flag.choices.values)));
    }
  }
}

/** Parses a command's arguments by its spec: unknown flags, missing values and the spec's own checks are UsageErrors. */
export function parseCommand<const S extends CommandSpec>(spec: S, args: string[]): { values: FlagValues<S['flags']>; positionals: string[] } {
  const { values, positionals } = parse(spec.name, args, parseArgsOptions(spec.flags), spec.positionals === true);
  check(spec.flags, values);
  return { values: values as FlagValues<S['flags']>, positionals };
}
