import { Box, Text } from 'ink';
import type { GraphNode } from '../../../machines/index.ts';
import { peekInnerWidth, rowsOf } from '../layout.ts';
import { KIND_BADGE } from '../theme.ts';

export interface PeekProps {
  target: GraphNode;
  title: string;
  detail?: string;
}

const headline = ({ target, title }: PeekProps) => `Peek: leads to ${KIND_BADGE[target.kind].label} ${title} (${target.id})`;

/** Where the highlighted choice leads, shown without taking it: the doom ahead and how it will show up. */
export function Peek({ target, title, detail, width }: PeekProps & { width: number }) {
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

/** Rows the peek box takes: its two border rows, and its text wrapped inside them. */
export const peekRows = (peek: PeekProps | undefined, width: number): number =>
  peek ? 2 + rowsOf(headline(peek), peekInnerWidth(width)) + (peek.detail ? rowsOf(peek.detail, peekInnerWidth(width)) : 0) : 0;
