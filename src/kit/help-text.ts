import type { CommandSpec, FlagSpec } from './command-spec.ts';

/** Where descriptions start: two spaces, the flag, padding to a column that fits `--start-at ID`. */
const COLUMN = 19;
const INDENT = ' '.repeat(COLUMN);

/** One flag's rows: its description beside it, or on the next line when the flag is too long to leave a gap. */
function row(label: string, help: readonly string[]): string[] {
  const [first = '', ...rest] = help;
  const head = `  ${label}`;
  const lines = head.length < COLUMN ? [`${head.padEnd(COLUMN)}${first}`] : [head, `${INDENT}${first}`];
  return [...lines, ...rest.map((line) => `${INDENT}${line}`)];
}

function flagRows(name: string, flag: FlagSpec): string[] {
  if (flag.helpPerChoice) return Object.entries(flag.helpPerChoice).flatMap(([choice, help]) => row(`--${name} ${choice}`, help));
  return row(flag.arg ? `--${name} ${flag.arg}` : `--${name}`, flag.help);
}

export const helpRow = row;

/** A command's --help, built from its spec; `extra` paragraphs (the command list) go before the examples. */
export function helpText(spec: CommandSpec, extra: readonly string[] = []): string {
  const flags = Object.entries(spec.flags).flatMap(([name, flag]) => flagRows(name, flag));
  const flagSection = spec.flagsIntro !== undefined ? [spec.flagsIntro, ...flags] : ['Flags', ...flags, ...row('-h, --help', ['show this help'])];
  const paragraphs = [
    spec.title,
    ['Usage', ...spec.usage.map((line) => `  ${line}`)].join('\n'),
    flagSection.join('\n'),
    ...(spec.notes ?? []),
    ...extra,
    ['Examples', ...spec.examples.map((line) => `  ${line}`)].join('\n'),
    ...(spec.footer !== undefined ? [spec.footer] : []),
  ];
  return `${paragraphs.join('\n\n')}\n`;
}
