import { Box, Text } from 'ink';
import Spinner from 'ink-spinner';
import type { ProbeResult } from '../../probes/index.ts';
import { STATUS_LABEL } from '../../probes/render-results.ts';
import { rowsOf } from '../layout.ts';

export type ProbeView =
  | { state: 'running'; probe: string; reads: string }
  | { state: 'done'; result: ProbeResult; suggestion?: string }
  | { state: 'by-hand'; text: string };

/** An evidence line as shown: its first two lines joined, so one item stays short. */
const evidenceLine = (item: { source: string; excerpt: string }) => `  ${item.source}: ${item.excerpt.split('\n').slice(0, 2).join(' ⏎ ')}`;
const suggestionLine = (suggestion: string) => `Suggests: ${suggestion}. Enter accepts; pick another choice to override.`;

const COLOR = { pass: 'green', warn: 'yellow', fail: 'red', unknown: 'gray', 'n/a': 'gray' } as const;

/** What the host shows at this question: a spinner while a probe reads, then its verdict and evidence. */
export function ProbePanel({ view }: { view: ProbeView }) {
  if (view.state === 'running') {
    return (
      <Text>
        <Spinner type="dots" /> Probing the host ({view.probe}): {view.reads}
      </Text>
    );
  }
  if (view.state === 'by-hand') {
    return (
      <Box flexDirection="column">
        <Text bold>Probes are off (--no-probes). To find out by hand:</Text>
        <Text>{view.text}</Text>
      </Box>
    );
  }
  const { result, suggestion } = view;
  return (
    <Box flexDirection="column">
      <Text>
        Probe {result.id}: <Text color={COLOR[result.status]}>{STATUS_LABEL[result.status]}</Text> {result.observed}
      </Text>
      {result.evidence.slice(0, 2).map((item, index) => (
        <Text key={index} dimColor>
          {evidenceLine(item)}
        </Text>
      ))}
      {suggestion ? <Text>{suggestionLine(suggestion)}</Text> : null}
    </Box>
  );
}

/** Rows the panel takes at this width, measured on the lines it shows. */
export function probeRows(view: ProbeView | undefined, width: number): number {
  if (!view) return 0;
  if (view.state === 'running') return 1;
  if (view.state === 'by-hand') return 1 + rowsOf(view.text, width);
  const { result, suggestion } = view;
  const evidence = result.evidence.slice(0, 2).reduce((sum, item) => sum + rowsOf(evidenceLine(item), width), 0);
  return rowsOf(`Probe ${result.id}: ${STATUS_LABEL[result.status]} ${result.observed}`, width) + evidence + (suggestion ? rowsOf(suggestionLine(suggestion), width) : 0);
}
