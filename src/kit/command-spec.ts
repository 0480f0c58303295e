/**
 * A command described once: its flags drive node:util parseArgs, the checks every command used to write by hand
 * (a required flag, a flag that needs or excludes another, a value from a fixed list) and its --help text.
 */
export interface FlagSpec {
  type: 'string' | 'boolean';
  /** The value's placeholder in --help: FILE, DIR, MS. */
  arg?: string;
  default?: string;
  /** What --help says, one entry per line: the first follows the flag, the rest are indented under it. */
  help: readonly string[];
  /** A flag whose values each get their own line in --help (export --format) says so here instead of in `help`. */
  helpPerChoice?: Readonly<Record<string, readonly string[]>>;
  /** The values it takes; another is refused with `unknown` and the nearest of them. */
  choices?: { values: readonly string[]; unknown: (value: string, didYouMean: string) => string };
  /** Refused without this flag (when `to` is given) or without `flag` beside it. */
  requires?: { flag: string; message: string };
  /** Refused beside this flag. */
  conflicts?: { flag: string; message: string };
  /** Refused when missing. */
  required?: string;
}

export interface CommandSpec {
  /** As typed after `k8s-adventure`; '' for the adventure itself. */
  name: string;
  /** The first line of --help. */
  title: string;
  usage: readonly string[];
  flags: Readonly<Record<string, FlagSpec>>;
  /** Free arguments beside the flags (`why "<text>"`). */
  positionals?: boolean;
  /** Lines between Usage and the flags instead of a "Flags" heading (the adventure's own help). */
  flagsIntro?: string;
  /** Paragraphs after the flags, before the examples. */
  notes?: readonly string[];
  examples: readonly string[];
  /** The last paragraph: exit codes. */
  footer?: string;
}
