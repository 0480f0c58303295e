import { Box, Text } from 'ink';
import Spinner from 'ink-spinner';
import type { ProbeResult } from '../../probes/index.ts';
import { verdictLines, type EvidenceFit } from '../../view/verdict.ts';
import { rowsOf } from '../layout.ts';

export type ProbeView =
  | { state: 'running'; probe: string; reads: string }
  | { state: 'done'; result: ProbeResult; suggestion?: string }
  | { state: 'by-hand'; text: string };

/** The panel sits above the menu, so evidence stays short: two items, two lines of each. */
const FIT: EvidenceFit = { items: 2, lines: 2, joiner: ' ⏎ ' };
const evidenceLine = (item: { source: string; excerpt: string }) => `  ${item.source}: ${item.excerpt}`;
const suggestionLine = (suggestion: string) => suggestion;

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
  const verdict = verdictLines(view.result, FIT);
  const { suggestion } = view;
  return (
    <Box flexDirection="column">
      <Text>
        Probe {verdict.probe}: <Text color={COLOR[verdict.status]}>{verdict.label}</Text> {verdict.observed}
      </Text>
      {verdict.evidence.map((item, index) => (
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
  const verdict = verdictLines(view.result, FIT);
  const evidence = verdict.evidence.reduce((sum, item) => sum + rowsOf(evidenceLine(item), width), 0);
  return rowsOf(`Probe ${verdict.probe}: ${verdict.label} ${verdict.observed}`, width) + evidence + (view.suggestion ? rowsOf(suggestionLine(view.suggestion), width) : 0);
}
