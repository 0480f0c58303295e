import { useStdout } from 'ink';
import { useEffect, useReducer } from 'react';

/** The terminal's columns and rows, re-read on every resize so the screen re-wraps. */
export function useTerminalSize(): { columns: number; rows: number | undefined } {
  const { stdout } = useStdout();
  const [, refresh] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    stdout.on('resize', refresh);
    return () => {
      stdout.off('resize', refresh);
    };
  }, [stdout]);
  return { columns: stdout.columns || 80, rows: stdout.rows || undefined };
}
