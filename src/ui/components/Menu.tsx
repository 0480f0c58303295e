import { Box, Text } from 'ink';
import type { MenuItem } from '../../view/menu.ts';

/** The choices under the text; the highlighted one is marked with ❯ and shown inverse. */
export function Menu({ items, cursor, selectable }: { items: MenuItem[]; cursor: number; selectable: boolean }) {
  return (
    <Box flexDirection="column">
      {items.map((item, index) => {
        const active = selectable && index === cursor;
        return (
          <Text key={item.key} {...(active ? { bold: true } : {})}>
            {active ? '❯ ' : '  '}
            {selectable ? `${item.key}. ` : `${item.key.padEnd(5)} `}
            {item.label}
          </Text>
        );
      })}
    </Box>
  );
}
