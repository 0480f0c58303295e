import { Box, Text } from 'ink';
import type { GraphNode } from '../../../machines/index.ts';
import { peekInnerWidth } from '../layout.ts';
import { KIND_BADGE } from '../theme.ts';

/** Where the highlighted choice leads, shown without taking it: the doom ahead and how it will show up. */
export function Peek({ target, title, detail, width }: { target: GraphNode; title: string; detail?: string; width: number }) {
  const badge = KIND_BADGE[target.kind];
  return (
    <Box flexDirection="column" borderStyle="single" borderColor={badge.color} paddingX={1} width={peekInnerWidth(width) + 4}>
      <Text>
        <Text bold color={badge.color}>
          Peek: leads to {badge.label}
        </Text>{' '}
        {title} ({target.id})
      </Text>
      {detail ? <Text>{detail}</Text> : null}
    </Box>
  );
}
