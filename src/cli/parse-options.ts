import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error.ts';

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: true }>>;

/** node:util parseArgs in strict mode, with its errors reworded as one line that names the command's help. */
function parse<const O extends Options>(command: string, args: string[], options: O, allowPositionals: boolean): Parsed<O> {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals }) as Parsed<O>;
  } catch (error) {
    const message = (error as Error).message
      .replace(/\. To specify a positional argument.*$/s, '')
      .replace(/^Unknown option/, 'unknown option')
      .replace(/^Unexpected argument/, 'unexpected argument')
      .replace(/^Option '([^']+)' argument missing/, "option '$1' needs a value");
    throw new UsageError(`${message}; see 'k8s-adventure ${command ? `${command} ` : ''}--help'`);
  }
}

/** Flags only: most commands take no other arguments. */
export const parseOptions = <const O extends Options>(command: string, args: string[], options: O): Parsed<O>['values'] =>
  parse(command, args, options, false).values;

/** Flags and free arguments, for commands that take text (`why "<text>"`). */
export const parseOptionsAndArguments = <const O extends Options>(command: string, args: string[], options: O): Parsed<O> =>
  parse(command, args, options, true);
