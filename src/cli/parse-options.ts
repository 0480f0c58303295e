import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './usage-error.ts';

type Options = NonNullable<ParseArgsConfig['options']>;
type Values<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: false }>
>['values'];

/**
 * node:util parseArgs in strict mode, with its errors reworded as one line that names the command's help.
 * No positionals: every command takes flags only.
 */
export function parseOptions<const O extends Options>(command: string, args: string[], options: O): Values<O> {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const message = (error as Error).message
      .replace(/\. To specify a positional argument.*$/s, '')
      .replace(/^Unknown option/, 'unknown option')
      .replace(/^Unexpected argument/, 'unexpected argument')
      .replace(/^Option '([^']+)' argument missing/, "option '$1' needs a value");
    throw new UsageError(`${message}; see 'k8s-adventure ${command ? `${command} ` : ''}--help'`);
  }
}
