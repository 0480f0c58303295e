import { Box, Text, useApp, useStdin } from 'ink';
import { useReducer, useRef } from 'react';
import type { NodeId } from '../../machines/index.ts';
import type { ContentLibrary } from '../content/index.ts';
import { sanitize } from '../text/sanitize.ts';
import type { SymptomMatcher } from '../why/matchers.ts';
import { rank, type WhyMatch } from '../why/rank.ts';
import { createScanner } from '../why/scan.ts';
import { useKeys } from './hooks/use-keys.ts';
import { useStop } from './hooks/use-stop.ts';
import { useTerminalSize } from './hooks/use-terminal-size.ts';

export interface WhyAppProps {
  content: ContentLibrary;
  matchers: readonly SymptomMatcher[];
  /** The user chose a match: open the adventure there. */
  onJump: (node: NodeId) => void;
  onQuit: (interrupted: boolean) => void;
  /** Fires when the box must close from outside (a signal). */
  stop?: AbortSignal;
}

function matchesIn(text: string, matchers: readonly SymptomMatcher[], content: ContentLibrary): WhyMatch[] {
  const scanner = createScanner(matchers);
  for (const line of text.split('\n')) scanner.push(line);
  return rank(scanner.result().findings.values(), content);
}

/**
 * `why` on a terminal: paste an error or a log, see what explains it as you go, and Enter jumps into the
 * adventure there. A lone Enter chooses; newlines inside a pasted chunk are part of the text.
 */
export function WhyApp({ content, matchers, onJump, onQuit, stop }: WhyAppProps) {
  const { exit } = useApp();
  const { isRawModeSupported } = useStdin();
  const { columns, rows } = useTerminalSize();
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const live = useRef({ text: '', cursor: 0, matches: [] as WhyMatch[] });
  useStop(stop, () => {
    onQuit(true);
    exit();
  });

  useKeys(
    (input, key) => {
      const l = live.current;
      if ((key.ctrl && input === 'c') || key.escape) {
        onQuit(key.ctrl === true);
        exit();
        return;
      }
      if (key.upArrow) l.cursor = Math.max(0, l.cursor - 1);
      else if (key.downArrow) l.cursor = Math.min(Math.max(0, l.matches.length - 1), l.cursor + 1);
      else if (key.return && input.length <= 1) {
        if (l.matches[l.cursor]) return onJump(l.matches[l.cursor]!.id);
        l.text += '\n';
      } else if (key.backspace || key.delete) l.text = l.text.slice(0, -1);
      else if (key.ctrl && input === 'u') l.text = '';
      else if (!key.ctrl && !key.meta && input) l.text += input.replace(/\r\n?/g, '\n');
      l.matches = matchesIn(l.text, matchers, content);
      l.cursor = Math.min(l.cursor, Math.max(0, l.matches.length - 1));
      rerender();
    },
    { isActive: isRawModeSupported === true },
  );

  const l = live.current;
  const width = Math.max(20, columns - 1);
  const pasted = l.text.split('\n');
  const shown = pasted.slice(-Math.max(3, Math.floor((rows ?? 24) / 3)));
  return (
    <Box flexDirection="column">
      <Text bold>k8s-adventure why · paste an error, a warning or a log</Text>
      <Box flexDirection="column" borderStyle="single" paddingX={1} width={Math.min(width, 100)}>
        {l.text ? shown.map((line, index) => <Text key={index} wrap="truncate-end">{sanitize(line) || ' '}</Text>) : <Text dimColor>(paste or type here)</Text>}
      </Box>
      {l.matches.length ? (
        l.matches.map((match, index) => (
          <Box key={match.id} flexDirection="column">
            <Text bold={index === l.cursor}>
              {index === l.cursor ? '❯ ' : '  '}
              {match.title} ({match.kind}: {match.id})
            </Text>
            <Text dimColor>
              {'    '}line {match.hits[0]!.line}: {match.means}
            </Text>
          </Box>
        ))
      ) : (
        <Text dimColor>{l.text.trim() ? 'No known symptom yet.' : ' '}</Text>
      )}
      <Text dimColor>enter open the highlighted match in the adventure · ↑↓ choose · ctrl+u clear · esc quit</Text>
    </Box>
  );
}
