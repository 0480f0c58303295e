import { Marked, type Tokens } from 'marked';

const indent = (text: string, prefix: string) =>
  text
    .split('\n')
    .map((line) => (line ? prefix + line : line))
    .join('\n');

/**
 * Markdown as plain text, for JSON transcripts, plain mode and screen readers: no markup characters, code
 * blocks indented so commands stand apart, links followed by their address.
 */
const plain = new Marked({
  async: false,
  renderer: {
    space: () => '',
    code: ({ text }: Tokens.Code) => `${indent(text, '    ')}\n\n`,
    blockquote({ tokens }: Tokens.Blockquote) {
      return `${indent(this.parser.parse(tokens).trim(), '> ')}\n\n`;
    },
    html: ({ text }: Tokens.HTML | Tokens.Tag) => text,
    def: () => '',
    heading({ tokens }: Tokens.Heading) {
      return `${this.parser.parseInline(tokens)}\n\n`;
    },
    hr: () => '---\n\n',
    list(token: Tokens.List) {
      const items = token.items.map((item, index) => {
        const bullet = token.ordered ? `${Number(token.start || 1) + index}. ` : '- ';
        const body = this.parser.parse(item.tokens).trim();
        return bullet + indent(body, ' '.repeat(bullet.length)).slice(bullet.length);
      });
      return `${items.join(token.loose ? '\n\n' : '\n')}\n\n`;
    },
    checkbox: ({ checked }: Tokens.Checkbox) => (checked ? '[x] ' : '[ ] '),
    paragraph({ tokens }: Tokens.Paragraph) {
      return `${this.parser.parseInline(tokens)}\n\n`;
    },
    table(token: Tokens.Table) {
      const row = (cells: Tokens.TableCell[]) => cells.map((cell) => this.parser.parseInline(cell.tokens)).join(' | ');
      return `${[row(token.header), ...token.rows.map(row)].join('\n')}\n\n`;
    },
    strong({ tokens }: Tokens.Strong) {
      return this.parser.parseInline(tokens);
    },
    em({ tokens }: Tokens.Em) {
      return this.parser.parseInline(tokens);
    },
    del({ tokens }: Tokens.Del) {
      return this.parser.parseInline(tokens);
    },
    codespan: ({ text }: Tokens.Codespan) => text,
    br: () => '\n',
    link({ href, tokens }: Tokens.Link) {
      const text = this.parser.parseInline(tokens);
      return text === href ? href : `${text} (${href})`;
    },
    image: ({ text, href }: Tokens.Image) => `${text} (${href})`,
    text(token: Tokens.Text | Tokens.Escape) {
      // A soft line break in the source is not a break in the text: the reader's terminal wraps.
      return 'tokens' in token && token.tokens ? this.parser.parseInline(token.tokens) : token.text.replace(/\n/g, ' ');
    },
  },
});

export const markdownToText = (markdown: string): string => (plain.parse(markdown) as string).trim();
