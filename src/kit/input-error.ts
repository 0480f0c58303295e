/**
 * Bad input from outside — a flag, an id, an answers file, a save, a path the user named — as opposed to a bug.
 * Any layer may throw it; the dispatcher prints it as one line on stderr with exit code 2, never a stack trace.
 */
export class InputError extends Error {}
