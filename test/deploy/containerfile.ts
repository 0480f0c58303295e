/** One instruction of a Containerfile: its keyword and the rest of its (joined) line. */
export interface Instruction {
  keyword: string;
  args: string;
}

/**
 * Reads a Containerfile the way the builder does for the parts tested here: comment lines dropped, a line ending in
 * a backslash joined to the next, the first word the instruction.
 */
export function parseContainerfile(text: string): Instruction[] {
  const logical: string[] = [];
  let pending = '';
  for (const raw of text.split('\n')) {
    if (/^\s*#/.test(raw)) continue;
    const line = pending + raw;
    if (line.endsWith('\\')) {
      pending = `${line.slice(0, -1)} `;
      continue;
    }
    pending = '';
    if (line.trim()) logical.push(line.trim());
  }
  return logical.map((line) => {
    const [keyword = '', ...rest] = line.split(/\s+/);
    return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
  });
}

/** ENTRYPOINT or CMD in exec form, the only form that runs without a shell; the last one counts, as in a build. */
export function execForm(instructions: readonly Instruction[], keyword: 'ENTRYPOINT' | 'CMD'): string[] {
  const found = instructions.filter((instruction) => instruction.keyword === keyword).at(-1);
  if (!found) throw new Error(`no ${keyword}`);
  const value: unknown = JSON.parse(found.args);
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw new Error(`${keyword} is not in exec form: ${found.args}`);
  return value;
}
