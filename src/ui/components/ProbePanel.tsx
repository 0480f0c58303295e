import { Box, Text } from 'ink';
import Spinner from 'ink-spinner';
import type { ProbeResult } from '../../probes/index.ts';
import { STATUS_LABEL } from '../../probes/render-results.ts';

export type ProbeView =
  | { state: 'running'; probe: string; reads: string }
  | { state: 'done'; result: ProbeResult; suggestion?: string }
  | { state: 'by-hand'; text: string };

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
          {'  '}
          {item.source}: {item.excerpt.split('\n').slice(0, 2).join(' ⏎ ')}
        </Text>
      ))}
      {suggestion ? <Text>Suggests: {suggestion}. Enter accepts; pick another choice to override.</Text> : null}
    </Box>
  );
}
