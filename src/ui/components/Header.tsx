import { Box, Text } from 'ink';

/** The title and where the walk has been: chapters passed, then the forks taken. */
export function Header({ title, chapters, forks }: { title: string; chapters: string; forks: string }) {
  return (
    <Box flexDirection="column">
      <Text bold>k8s-adventure · {title}</Text>
      <Text>{chapters}</Text>
      {forks ? <Text dimColor>{forks}</Text> : null}
    </Box>
  );
}

/** Rows the header takes: the breadcrumb's lines are cut to the width, so one row each. */
export const headerRows = (forks: string): number => 2 + (forks ? 1 : 0);
