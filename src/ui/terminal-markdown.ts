import { Marked, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import wrapAnsi from 'wrap-ansi';

// Rendered unwrapped, then wrapped here: marked-terminal reflows paragraphs but not list items, and its reflow
// mangles source line breaks. One wrapper for every line keeps paragraphs and lists consistent at any width.
const marked = new Marked(
  // Emoji shortcodes off: log lines like "proxier.go:205]" must come through untouched.
  markedTerminal({ reflowText: false, width: 10_000, tab: 2, showSectionPrefix: false, emoji: false }),
  {
    renderer: {
      // marked-terminal#371: inline markup in tight list items is printed raw (`**two**`) without this.
      // A soft line break in the source is a space: the terminal's width decides where lines break.
      text(token: Tokens.Text | Tokens.Escape) {
        if ('tokens' in token && token.tokens) return this.parser.parseInline(token.tokens);
        return token.type === 'text' ? token.text.replace(/\n/g, ' ') : false;
      },
    },
  },
);

const ANSI = /\u001B\[[0-9;]*m/g;
const LIST_ITEM = /^(\s*)(\* |\d+\. )/;

/**
 * Wraps one rendered line so no line is wider than the terminal: list items keep a hanging indent under their
 * text, code keeps its indent. Every line then fits, which the scrolling viewport relies on.
 */
function wrapLine(line: string, width: number): string {
  const plain = line.replace(ANSI, '');
  if (plain.length <= width) return line;
  const item = LIST_ITEM.exec(plain);
  const indent = item ? item[1]!.length + item[2]!.length : /^ */.exec(plain)![0].length;
  const wrapped = wrapAnsi(line, width - indent, { hard: true, trim: false }).split('\n');
  return wrapped.map((part, index) => (index === 0 ? part : ' '.repeat(indent) + part.trimStart()).replace(/ +$/, '')).join('\n');
}

/** A node's Markdown for the terminal, wrapped to `width` columns. Colour follows chalk (NO_COLOR, --no-color). */
export const terminalMarkdown = (markdown: string, width: number): string =>
  (marked.parse(markdown) as string)
    .replace(/\n+$/, '')
    .split('\n')
    .map((line) => wrapLine(line, Math.max(20, width)))
    .join('\n');
