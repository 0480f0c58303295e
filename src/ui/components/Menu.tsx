import { Box, Text } from 'ink';
import type { MenuItem } from '../../view/menu.ts';
import { rowsOf } from '../layout.ts';

/** One line of the menu as shown: a marker for the highlight, then a numbered choice or a key padded to a column. */
const menuLine = (item: MenuItem, active: boolean, selectable: boolean): string =>
  `${active ? '❯ ' : '  '}${selectable ? `${item.key}. ` : `${item.key.padEnd(5)} `}${item.label}`;

/** The choices under the text; the highlighted one is marked with ❯ and shown inverse. */
export function Menu({ items, cursor, selectable }: { items: MenuItem[]; cursor: number; selectable: boolean }) {
  return (
    <Box flexDirection="column">
      {items.map((item, index) => {
        const active = selectable && index === cursor;
        return (
          <Text key={item.key} {...(active ? { bold: true } : {})}>
            {menuLine(item, active, selectable)}
          </Text>
        );
      })}
    </Box>
  );
}

/** Rows the menu takes at this width, measured on the lines it shows. */
export const menuRows = (items: MenuItem[], selectable: boolean, width: number): number =>
  items.reduce((sum, item) => sum + rowsOf(menuLine(item, selectable, selectable), width), 0);
