import { Lexer, type Token, type Tokens } from 'marked';

/** Code blocks fenced as `sh` hold the commands of a fix; `console` blocks only show how to check. */
const COMMAND_LANGS = new Set(['sh', 'bash', 'shell']);

function* codeBlocks(tokens: readonly Token[]): Generator<Tokens.Code> {
  for (const token of tokens) {
    if (token.type === 'code') yield token as Tokens.Code;
    if (token.type === 'list') for (const item of (token as Tokens.List).items) yield* codeBlocks(item.tokens);
    if (token.type === 'blockquote') yield* codeBlocks((token as Tokens.Blockquote).tokens);
  }
}

/**
 * Splits a shell block into commands a user can run one at a time. A here-document or a line ending in `\`
 * stays with the command it belongs to.
 */
export function splitCommands(script: string): string[] {
  const commands: string[] = [];
  let current: string[] = [];
  let heredocEnd: string | undefined;
  for (const line of script.split('\n')) {
    if (!current.length && (line.trim() === '' || line.trimStart().startsWith('#'))) continue;
    current.push(line);
    if (heredocEnd !== undefined) {
      if (line.trim() === heredocEnd) heredocEnd = undefined;
    } else {
      heredocEnd = /<<-?\s*['"]?([A-Za-z_][\w]*)['"]?/.exec(line)?.[1];
    }
    if (heredocEnd === undefined && !line.endsWith('\\')) {
      commands.push(current.join('\n'));
      current = [];
    }
  }
  if (current.length) commands.push(current.join('\n'));
  return commands;
}

/**
 * The host OS families a block is for, from its fence's info string (```sh os=centos or os=debian,coreos); none
 * means every OS. A fix that differs by OS keeps each variant in its own block, so a plan shows only its OS's.
 */
export const blockOses = (info: string): string[] | undefined => /(?:^|\s)os=([\w,-]+)/.exec(info)?.[1]?.split(',');

/** Each shell block of a fix, in order, with the host OS families it is for (none: every OS) and its commands. */
export const fixCommandBlocks = (markdown: string): { os?: string[]; commands: string[] }[] =>
  [...codeBlocks(new Lexer().lex(markdown))]
    .filter((block) => COMMAND_LANGS.has((block.lang ?? '').split(/\s/)[0]!))
    .map((block) => {
      const os = blockOses(block.lang ?? '');
      return { ...(os ? { os } : {}), commands: splitCommands(block.text) };
    });

/** The shell commands of a fix, in the order its content gives them; with `os`, only the blocks for that OS. */
export const fixCommands = (markdown: string, os?: string): string[] =>
  fixCommandBlocks(markdown)
    .filter((block) => os === undefined || (block.os?.includes(os) ?? true))
    .flatMap((block) => block.commands);
