import { Text } from 'ink';
import type { GraphNode } from '../../../machines/index.ts';
import { rowsOf } from '../layout.ts';
import { KIND_BADGE } from '../theme.ts';

/** The node's kind as a coloured word, its title, and its id for --start-at. */
export function NodeTitle({ node, title }: { node: GraphNode; title: string }) {
  const badge = KIND_BADGE[node.kind];
  return (
    <Text>
      <Text bold color={badge.color}>
        {badge.label}
      </Text>{' '}
      <Text bold>{title}</Text>
      <Text dimColor> ({node.id})</Text>
    </Text>
  );
}

export const nodeTitleRows = (node: GraphNode, title: string, width: number): number => rowsOf(`${KIND_BADGE[node.kind].label} ${title} (${node.id})`, width);
