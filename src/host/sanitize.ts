import stripAnsi from 'strip-ansi';

/**
 * Text from a host, made safe to print: escape sequences removed, other control characters shown as U+FFFD,
 * so a hostile file cannot move the cursor, retitle the terminal or hide text.
 */
export const sanitize = (text: string): string =>
  // eslint-disable-next-line no-control-regex
  stripAnsi(text.replace(/\r\n/g, '\n')).replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '\uFFFD');
