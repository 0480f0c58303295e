/** The signals that end the adventure from outside, with the exit code a shell gives them (128 + the number). */
export const EXIT_SIGNALS = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;
export type ExitSignal = keyof typeof EXIT_SIGNALS;

const NAMES = Object.keys(EXIT_SIGNALS) as ExitSignal[];

/** The adventure running now, if any: what a signal or a closed terminal stops. */
let running: AbortController | undefined;
/** The terminal hung up (SIGHUP, or a read or write failed with EIO). */
let hungUp = false;

/**
 * Runs an adventure with SIGHUP, SIGINT and SIGTERM turned into a request to stop: the front end then leaves the
 * way `q` does, saving progress and restoring the terminal, and the run returns the signal's exit code. A second
 * signal while it is stopping ends the process at once, so a stuck save can still be interrupted; but a closed
 * terminal arrives as SIGHUP, EIO and the end of input in any order, and the SIGHUP of a hang-up already seen
 * must not cut its save short.
 */
export async function withExitSignals(run: (stop: AbortSignal) => Promise<number>): Promise<number> {
  const controller = new AbortController();
  const onSignal = (signal: ExitSignal) => {
    if (signal === 'SIGHUP') {
      if (hungUp) return;
      hungUp = true;
    }
    if (!controller.signal.aborted) {
      controller.abort(signal);
      return;
    }
    stopListening();
    if (hungUp) endAfterHangUp();
    else process.exit(EXIT_SIGNALS[signal]);
  };
  const stopListening = () => {
    for (const name of NAMES) process.off(name, onSignal);
  };
  for (const name of NAMES) process.on(name, onSignal);
  running = controller;
  try {
    const code = await run(controller.signal);
    return controller.signal.aborted ? EXIT_SIGNALS[controller.signal.reason as ExitSignal] : code;
  } finally {
    running = undefined;
    stopListening();
  }
}

/** Stops the running adventure as `signal` would, so it saves. Returns false when nothing is running. */
export function stopRunning(signal: ExitSignal): boolean {
  if (!running) return false;
  if (!running.signal.aborted) running.abort(signal);
  return true;
}

/** The terminal went away (a read or write failed with EIO, or standard input ended under the UI). */
export function stopForHangUp(): boolean {
  hungUp = true;
  return stopRunning('SIGHUP');
}

/**
 * After a hang-up the process ends the way an unhandled SIGHUP ends it. Exiting normally would make Node restore
 * the terminal's settings on the way out, and on a terminal that is gone that fails an assertion inside Node
 * (node::ResetStdio) with a native stack trace. Does nothing when there was no hang-up.
 */
export function endAfterHangUp(): void {
  if (hungUp) process.kill(process.pid, 'SIGHUP');
}
