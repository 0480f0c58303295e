import { Lexer, type Token, type Tokens } from 'marked';

/** A line the content quotes from a tool, a file or a document, and how it is quoted. */
export interface QuotedLine {
  text: string;
  kind: 'text-block' | 'blockquote' | 'inline-quote';
}

function* walk(tokens: readonly Token[]): Generator<Token> {
  for (const token of tokens) {
    yield token;
    if (token.type === 'list') for (const item of (token as Tokens.List).items) yield* walk(item.tokens);
  }
}

/** Prose quotes in "double quotes" this long or longer are taken to quote a source, not to stress a word. */
const QUOTE_MIN = 30;
const INLINE_QUOTE = /"([^"\n]{30,})"/g;

/** A blockquote as its words: links as their text, emphasis markers gone, white space folded. */
const plainQuote = (markdown: string) =>
  markdown
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/(^|\s)[_*]+|[_*]+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * Every line the content presents as quoted: each line of a ```text block (file contents, log lines, code
 * comments), each blockquote paragraph, and each long "double-quoted" passage in prose, white space folded.
 */
export function quotedLines(markdown: string): QuotedLine[] {
  const lines: QuotedLine[] = [];
  for (const token of walk(new Lexer().lex(markdown))) {
    if (token.type === 'code' && (token as Tokens.Code).lang === 'text') {
      for (const line of (token as Tokens.Code).text.split('\n')) if (line.trim()) lines.push({ text: line, kind: 'text-block' });
    } else if (token.type === 'blockquote') {
      lines.push({ text: plainQuote((token as Tokens.Blockquote).text), kind: 'blockquote' });
    } else if (token.type === 'paragraph' || token.type === 'text') {
      const prose = (token as Tokens.Paragraph).text.replace(/`[^`]*`/g, '').replace(/\s+/g, ' ');
      for (const match of prose.matchAll(INLINE_QUOTE)) if (match[1]!.length >= QUOTE_MIN) lines.push({ text: match[1]!.trim(), kind: 'inline-quote' });
    }
  }
  return lines;
}
