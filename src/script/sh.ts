/**
 * Bash in TypeScript, as written: a tagged template over the raw strings, so backslashes stay as they are. Bash's
 * own braces are written `$\{name}` (JavaScript would take `${name}` for itself) and backticks `\``; `${value}`
 * interpolates from TypeScript. The common indentation and the surrounding blank lines are dropped.
 *
 * @example sh`echo "$\{HOME}" ${JSON.stringify('a b')}` // echo "${HOME}" "a b"
 */
export function sh(strings: TemplateStringsArray, ...values: readonly (string | number)[]): string {
  const raw = strings.raw.map((part) => part.replace(/\$\\\{/g, '${').replace(/\\`/g, '`'));
  const text = String.raw({ raw }, ...values).replace(/^\s*\n/, '').replace(/\n\s*$/, '');
  const indents = text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => /^ */.exec(line)![0].length);
  const cut = Math.min(...indents);
  return text
    .split('\n')
    .map((line) => line.slice(Math.min(cut, /^ */.exec(line)![0].length)))
    .join('\n');
}

/** A value as one bash word, quoted. */
export const quote = (value: string): string => `'${value.replace(/'/g, `'\\''`)}'`;
