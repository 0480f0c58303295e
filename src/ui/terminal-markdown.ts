import { Marked, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';
import sliceAnsi from 'slice-ansi';
import stripAnsi from 'strip-ansi';
import wrapAnsi from 'wrap-ansi';
import { highlight } from './lazy-highlight.ts';

/** Marks a rendered line as code; no node's text holds a NUL, and it is taken out before the line is shown. */
const CODE = '\u0000';

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
      // Each line of code is marked, so that it is never wrapped: a command split over two rows no longer pastes.
      code(token: Tokens.Code) {
        let text = token.text;
        try {
          text = token.lang ? highlight(token.text, { language: token.lang.split(/\s/)[0], ignoreIllegals: true }) : token.text;
        } catch {
          // A language highlight.js does not know: shown plain.
        }
        return `${text
          .split('\n')
          .map((line) => `${CODE}  ${line}`)
          .join('\n')}\n\n`;
      },
    },
  },
);

const LIST_ITEM = /^(\s*)(\* |\d+\. )/;

/** One row of a node's text in the terminal: prose is wrapped to fit; code keeps its whole line, to be cut at show time. */
export interface BodyLine {
  text: string;
  code: boolean;
}

/** Columns a line takes on screen. */
export const columnsOf = (text: string): number => [...stripAnsi(text)].length;

/**
 * Wraps one rendered line of prose so no line is wider than the terminal: list items keep a hanging indent under
 * their text. Every prose line then fits, which the scrolling viewport relies on.
 */
function wrapLine(line: string, width: number): string[] {
  const plain = stripAnsi(line);
  if (plain.length <= width) return [line];
  const item = LIST_ITEM.exec(plain);
  const indent = item ? item[1]!.length + item[2]!.length : /^ */.exec(plain)![0].length;
  const wrapped = wrapAnsi(line, width - indent, { hard: true, trim: false }).split('\n');
  return wrapped.map((part, index) => (index === 0 ? part : ' '.repeat(indent) + part.trimStart()).replace(/ +$/, ''));
}

/**
 * A node's Markdown for the terminal: prose wrapped to `width` columns, code lines whole (a front end shows them
 * cut, scrolled sideways). Colour follows chalk (NO_COLOR, --no-color).
 */
export function terminalBody(markdown: string, width: number): BodyLine[] {
  return (marked.parse(markdown) as string)
    .replace(/\n+$/, '')
    .split('\n')
    .flatMap((line): BodyLine[] =>
      line.includes(CODE) ? [{ text: line.replace(CODE, '').replace(/\s+$/, ''), code: true }] : wrapLine(line, Math.max(20, width)).map((text) => ({ text, code: false })),
    );
}

/** The Markdown as text, for tests and callers that want one string: code lines whole. */
export const terminalMarkdown = (markdown: string, width: number): string =>
  terminalBody(markdown, width)
    .map((line) => line.text)
    .join('\n');

/**
 * A code line as shown, `offset` columns in: cut to `width`, with ‹ where text is hidden to the left and › where
 * more is to the right, so nobody copies half a command thinking it whole.
 */
export function codeRow(text: string, offset: number, width: number): string {
  const total = columnsOf(text);
  if (offset === 0 && total <= width) return text;
  const left = offset > 0 ? '‹' : '';
  const rightRoom = width - left.length;
  const more = total - offset > rightRoom;
  const shown = sliceAnsi(text, offset, offset + rightRoom - (more ? 1 : 0));
  return `${left}${shown}${more ? '›' : ''}`;
}

/** How far code can scroll sideways: the widest code line past the width. */
export const sidewaysRoom = (body: readonly BodyLine[], width: number): number =>
  Math.max(0, ...body.filter((line) => line.code).map((line) => columnsOf(line.text) - width + 1));
