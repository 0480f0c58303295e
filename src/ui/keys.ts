/** What a key asks the adventure to do. */
export type Action =
  | { type: 'up' }
  | { type: 'down' }
  /** A digit: take the choice on that line at once. */
  | { type: 'pick'; index: number }
  /** → and ←: code scrolls sideways; ← with nothing scrolled is back. */
  | { type: 'right' }
  | { type: 'left' }
  | { type: 'take' }
  | { type: 'back' }
  | { type: 'peek' }
  | { type: 'restart' }
  | { type: 'quit' }
  | { type: 'interrupt' }
  | { type: 'report' }
  | { type: 'scroll'; by: 'page-down' | 'page-up' }
  | { type: 'fresh' };

/** The subset of Ink's `Key` we read. */
export interface KeyFlags {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  return?: boolean;
  backspace?: boolean;
  delete?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  ctrl?: boolean;
  /** Alt (or Meta): the guide has no Alt chords, so they do nothing. */
  meta?: boolean;
  escape?: boolean;
}

function charAction(char: string): Action | undefined {
  if (char >= '1' && char <= '9') return { type: 'pick', index: Number(char) - 1 };
  switch (char) {
    case 'k':
      return { type: 'up' };
    case 'j':
      return { type: 'down' };
    case '\r':
    case '\n':
      return { type: 'take' };
    case 'b':
    case '\u007F':
    case '\b':
      return { type: 'back' };
    case 'p':
      return { type: 'peek' };
    case 'r':
      return { type: 'restart' };
    case 'q':
      return { type: 'quit' };
    case 'w':
      return { type: 'report' };
    case ' ':
      return { type: 'scroll', by: 'page-down' };
    case 'f':
      return { type: 'fresh' };
    default:
      return undefined;
  }
}

/**
 * Turns one decoded key (decodeKey) into actions, in order. Keys typed fast, pasted or sent by tmux can arrive as one
 * chunk: Ink hands a run of plain characters over as one string, so each
 * character is its own action here.
 */
export function keyActions(input: string, key: KeyFlags): Action[] {
  if (key.ctrl && input === 'c') return [{ type: 'interrupt' }];
  if (key.upArrow) return [{ type: 'up' }];
  if (key.downArrow) return [{ type: 'down' }];
  if (key.rightArrow) return [{ type: 'right' }];
  if (key.leftArrow) return [{ type: 'left' }];
  if (key.backspace || key.delete) return [{ type: 'back' }];
  if (key.pageDown) return [{ type: 'scroll', by: 'page-down' }];
  if (key.pageUp) return [{ type: 'scroll', by: 'page-up' }];
  if (key.return && input.length <= 1) return [{ type: 'take' }];
  if (key.ctrl || key.escape || key.meta) return [];
  return [...input].flatMap((char) => charAction(char) ?? []);
}
