import type { Io } from '../kit/io.ts';
import { stdinChunks } from '../kit/stdin.ts';
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
  return {
    next() {
      if (stop?.aborted) return Promise.resolve(undefined);
      // A listener per line, removed when the line comes: racing one long-lived promise instead would keep a
      // reaction per line read, and 150 million piped lines took 4 GB.
      return new Promise((resolve, reject) => {
        const onStop = () => resolve(undefined);
        stop?.addEventListener('abort', onStop, { once: true });
        lines.next().then(
          (next) => {
            stop?.removeEventListener('abort', onStop);
            resolve(next.done ? undefined : next.value);
          },
          (error: unknown) => {
            stop?.removeEventListener('abort', onStop);
            reject(error);
          },
        );
      });
    },
    close() {
      (stdin as { destroy?: () => void }).destroy?.();
    },
  };
}
