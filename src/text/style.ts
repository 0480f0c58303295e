/**
 * Colour for command output that is not the Ink UI: on only for a terminal, never with NO_COLOR set to anything
 * non-empty (no-color.org) or --no-color. Plain SGR codes: the palette is six colours, not worth a library.
 */
export interface Style {
  on: boolean;
  red(text: string): string;
  yellow(text: string): string;
  green(text: string): string;
  cyan(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const sgr = (on: boolean, open: number, close: number) => (text: string) => (on && text ? `\u001B[${open}m${text}\u001B[${close}m` : text);

export function style(on: boolean): Style {
  return { on, red: sgr(on, 31, 39), yellow: sgr(on, 33, 39), green: sgr(on, 32, 39), cyan: sgr(on, 36, 39), dim: sgr(on, 2, 22), bold: sgr(on, 1, 22) };
}

/** Whether to colour: a terminal, no NO_COLOR (any non-empty value), no --no-color. */
export const wantsColor = (stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv, noColorFlag = false): boolean =>
  Boolean(stream.isTTY) && !noColorFlag && !env.NO_COLOR;
