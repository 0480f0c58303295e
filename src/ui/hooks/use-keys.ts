import { useStdin } from 'ink';
import { useEffect, useRef } from 'react';
import { createKeyDecoder } from '../decode-key.ts';
import type { KeyFlags } from '../keys.ts';

/**
 * Ink's useInput, with our own decoder. Ink 6.8's useInput throws on keys its table lacks (Ctrl+F1 is
 * `ESC[1;5P`: `input` becomes undefined and `input.startsWith` throws), which took the adventure and the user's
 * progress down with it. This listens to the same per-sequence input events Ink's own hook does (Ink splits the
 * stream into single escape sequences and runs of text) and decodes them with decodeKey, which never throws.
 */
export function useKeys(handler: (input: string, key: KeyFlags) => void, { isActive }: { isActive: boolean }): void {
  const { setRawMode, internal_eventEmitter: events } = useStdin();
  // The newest handler, without re-subscribing on every render.
  const current = useRef(handler);
  current.current = handler;

  useEffect(() => {
    if (!isActive) return;
    setRawMode(true);
    return () => setRawMode(false);
  }, [isActive, setRawMode]);

  useEffect(() => {
    if (!isActive) return;
    const decode = createKeyDecoder();
    const onInput = (sequence: string) => {
      const { input, key } = decode(String(sequence));
      current.current(input, key);
    };
    events.on('input', onInput);
    return () => {
      events.off('input', onInput);
    };
  }, [isActive, events]);
}
