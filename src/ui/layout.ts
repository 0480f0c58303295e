import wrapAnsi from 'wrap-ansi';

/** Rows a text takes at this width, wrapped the way Ink wraps it (wrap-ansi, hard). */
export const rowsOf = (text: string, width: number): number => wrapAnsi(text, Math.max(1, width), { hard: true, trim: false }).split('\n').length;

/** Inner width of the peek box: its border and padding take four columns. */
export const peekInnerWidth = (width: number): number => Math.min(width, 100) - 4;
