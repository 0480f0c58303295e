import { useEffect, useRef } from 'react';

/**
 * Calls `onStop` when `stop` fires (a signal from outside, a closed terminal), so the app leaves the way its own
 * quit key does: with its state handed over for saving, and Ink unmounted, which restores the terminal.
 */
export function useStop(stop: AbortSignal | undefined, onStop: () => void): void {
  // The newest callback, without re-subscribing on every render.
  const current = useRef(onStop);
  current.current = onStop;
  useEffect(() => {
    if (!stop) return;
    const fire = () => current.current();
    if (stop.aborted) fire();
    else stop.addEventListener('abort', fire, { once: true });
    return () => stop.removeEventListener('abort', fire);
  }, [stop]);
}
