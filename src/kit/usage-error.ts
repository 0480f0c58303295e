import { InputError } from './input-error.ts';

/** Bad input on the command line itself (a flag, its value, an argument): the kind of InputError that names --help. */
export class UsageError extends InputError {}
