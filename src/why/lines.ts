/** Longest line kept: a log line beyond it is cut, so input without newlines cannot grow memory without bound. */
export const MAX_LINE = 64 * 1024;

/**
 * Splits a byte stream into lines without holding more than one line (at most maxLine bytes) at a time.
 * Bytes are decoded per line, so a UTF-8 character split across chunks stays whole.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer | string>, maxLine = MAX_LINE): AsyncGenerator<string> {
  let parts: Buffer[] = [];
  let size = 0;
  for await (const chunk of chunks) {
    let buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    for (let newline = buffer.indexOf(10); newline !== -1; newline = buffer.indexOf(10)) {
      const piece = buffer.subarray(0, newline);
      parts.push(piece.subarray(0, Math.max(0, maxLine - size)));
      yield Buffer.concat(parts).toString('utf8').replace(/\r$/, '');
      parts = [];
      size = 0;
      buffer = buffer.subarray(newline + 1);
    }
    if (size < maxLine && buffer.length) {
      const kept = buffer.subarray(0, maxLine - size);
      parts.push(Buffer.from(kept));
      size += kept.length;
    }
  }
  if (size) yield Buffer.concat(parts).toString('utf8').replace(/\r$/, '');
}
