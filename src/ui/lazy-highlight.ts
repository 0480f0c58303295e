/**
 * Syntax highlighting for code blocks, loaded after the first frame: highlight.js is the heaviest thing in the
 * bundle, so it would slow the first frame. The production build routes marked-terminal's `cli-highlight` import here; until the
 * real one has loaded, code is shown plain.
 */
type Highlight = (code: string, options?: object) => string;

let real: Highlight | undefined;

export const highlight: Highlight = (code, options) => (real ? real(code, options) : code);

export async function loadHighlighter(): Promise<void> {
  real ??= (await import('cli-highlight')).highlight as Highlight;
}
