import { describe, expect, it } from 'vitest';
import { keyActions } from '../../src/ui/keys.ts';

describe('keyActions', () => {
  it('maps arrows, vi keys, digits and letters', () => {
    expect(keyActions('', { downArrow: true })).toEqual([{ type: 'down' }]);
    expect(keyActions('k', {})).toEqual([{ type: 'up' }]);
    expect(keyActions('3', {})).toEqual([{ type: 'pick', index: 2 }]);
    expect(keyActions('', { leftArrow: true })).toEqual([{ type: 'left' }]);
    expect(keyActions('', { rightArrow: true })).toEqual([{ type: 'right' }]);
    expect(keyActions('', { backspace: true })).toEqual([{ type: 'back' }]);
    expect(keyActions('p', {})).toEqual([{ type: 'peek' }]);
    expect(keyActions('c', { ctrl: true })).toEqual([{ type: 'interrupt' }]);
  });

  it('splits a chunk of plain keys into one action each, in order', () => {
    // tmux or a paste can deliver "b" then Enter as the single string "b\r", with key.return false.
    expect(keyActions('b\r', {})).toEqual([{ type: 'back' }, { type: 'take' }]);
    expect(keyActions('jj2\r', {})).toEqual([{ type: 'down' }, { type: 'down' }, { type: 'pick', index: 1 }, { type: 'take' }]);
  });

  it('ignores keys it has no use for', () => {
    expect(keyActions('x', {})).toEqual([]);
    expect(keyActions('a', { ctrl: true })).toEqual([]);
  });
});
