import type { Io } from '../cli/io.ts';
import { stdinChunks } from '../cli/stdin.ts';
import { splitLines } from '../why/lines.ts';

export interface LineInput {
  /** The next line, or undefined at the end of input or once `stop` fires, whichever comes first. */
  next(): Promise<string | undefined>;
  /** Lets go of standard input, so a terminal no longer keeps the process alive. */
  close(): void;
}

/**
 * Standard input as lines of at most MAX_LINE bytes (a longer line is cut, so `yes | tr -d '\n'` cannot fill
 * memory), ending early when `stop` fires: a signal must not wait for the user's next Enter.
 */
export function lineInput(stdin: Io['stdin'], stop?: AbortSignal): LineInput {
  const lines = splitLines(stdinChunks(stdin))[Symbol.asyncIterator]();
  const stopped = new Promise<undefined>((resolve) => {
    if (stop?.aborted) resolve(undefined);
    stop?.addEventListener('abort', () => resolve(undefined), { once: true });
  });
  return {
    async next() {
      if (stop?.aborted) return undefined;
      const next = await Promise.race([lines.next(), stopped]);
      return next === undefined || next.done ? undefined : next.value;
    },
    close() {
      (stdin as { destroy?: () => void }).destroy?.();
    },
  };
}
