// marked-terminal ships no types, and @types/marked-terminal pulls in a second, older marked (stack notes §2).
declare module 'marked-terminal' {
  import type { MarkedExtension } from 'marked';

  type Style = (text: string) => string;
  export interface TerminalRendererOptions {
    code?: Style; blockquote?: Style; html?: Style; heading?: Style; firstHeading?: Style; hr?: Style;
    listitem?: Style; table?: Style; paragraph?: Style; strong?: Style; em?: Style; codespan?: Style;
    del?: Style; link?: Style; href?: Style; text?: Style;
    width?: number; reflowText?: boolean; showSectionPrefix?: boolean; tab?: number | string;
    emoji?: boolean; unescape?: boolean;
  }
  export function markedTerminal(options?: TerminalRendererOptions, highlightOptions?: Record<string, unknown>): MarkedExtension;
}
