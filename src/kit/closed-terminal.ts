import { endAfterHangUp, stopForHangUp, stopRunning } from './exit-signals.ts';

/**
 * Makes a closed terminal (a write fails with EIO) or a reader that left (EPIPE: `k8s-adventure paths | head`)
 * end the process quietly instead of with a stack trace. A running adventure is stopped as a hang-up would stop
 * it: it saves, and its own later writes fail quietly too. Any other error on the stream is still a bug.
 */
export function endQuietlyOnClosedTerminal(stream: NodeJS.EventEmitter): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
      if (!stopRunning('SIGHUP')) process.exit(process.exitCode ?? 0);
      return;
    }
    if (error.code !== 'EIO') throw error;
    if (!stopForHangUp()) endAfterHangUp();
  });
}
