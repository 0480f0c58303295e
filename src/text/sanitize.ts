import stripAnsi from 'strip-ansi';

/**
 * Characters that change how the text around them is displayed without being visible themselves: the bidi
 * embeddings, overrides and isolates of "Trojan Source" (CVE-2021-42574), the directional marks, zero-width
 * characters, the line and paragraph separators, and the byte-order mark.
 */
export const INVISIBLE_FORMATTING = /[\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;

const codePoint = (char: string) => `<U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`;

/**
 * Text from outside (a host, a log, the user's input), made safe to print on a terminal or in a report: escape
 * sequences removed, other control characters shown as U+FFFD, and invisible formatting characters shown as
 * `<U+202E>`, so a hostile file can neither move the cursor, retitle the terminal, nor reorder or hide text.
 */
export const sanitize = (text: string): string =>
  stripAnsi(text.replace(/\r\n/g, '\n'))
    .replace(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g, '\uFFFD')
    .replace(INVISIBLE_FORMATTING, codePoint);

/** One line of outside text: sanitised, line breaks shown as `⏎`, and cut to `max` characters. */
export function sanitizeLine(text: string, max = 200): string {
  const line = sanitize(text).replace(/\n/g, '⏎');
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * JSON text whose strings keep every character but carry control and invisible formatting characters as `\uXXXX`
 * escapes, so `jq` and a terminal showing the raw JSON both stay safe. JSON.stringify already escapes C0; this adds
 * DEL, C1 and the formatting characters, which are only ever inside strings.
 */
export const escapeJsonText = (json: string): string =>
  json.replace(/[\u007F-\u009F\u061C\u200B-\u200F\u2028-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
