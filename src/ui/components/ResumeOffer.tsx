import { Box, Text } from 'ink';
import type { ContentLibrary } from '../../content/index.ts';
import { currentNode, type Session } from '../../session/index.ts';
import { savedAtLabel } from '../../view/start.ts';

/** The first screen when there is saved progress: where the user was, and the keys to resume or start fresh. */
export function ResumeOffer({ content, session, savedAt }: { content: ContentLibrary; session: Session; savedAt: string }) {
  const node = currentNode(session);
  return (
    <Box flexDirection="column">
      <Text bold>k8s-adventure · {content.get('start')!.title}</Text>
      <Text> </Text>
      <Text>
        You have saved progress from {savedAtLabel(savedAt)}: you were at <Text bold>{content.get(node.id)!.title}</Text> ({node.id}).
      </Text>
      <Text> </Text>
      <Text dimColor>enter/r resume · f start fresh · q quit</Text>
    </Box>
  );
}
