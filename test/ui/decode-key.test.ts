import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createKeyDecoder, decodeKey } from '../../src/ui/decode-key.ts';
import { keyActions, type Action } from '../../src/ui/keys.ts';
import { xtermKeys, type KeyMeaning } from '../helpers/xterm-keys.ts';

const EXPECTED: Record<KeyMeaning, Action[]> = {
  ignored: [],
  up: [{ type: 'up' }],
  down: [{ type: 'down' }],
  left: [{ type: 'left' }],
  right: [{ type: 'right' }],
  delete: [{ type: 'back' }],
  'page-up': [{ type: 'scroll', by: 'page-up' }],
  'page-down': [{ type: 'scroll', by: 'page-down' }],
};

const actionsOf = (sequence: string) => {
  const { input, key } = createKeyDecoder()(sequence);
  return keyActions(input, key);
};

/** Actions only typed characters cause: a control sequence must never be read as any of these. */
const TYPED = new Set(['pick', 'take', 'peek', 'restart', 'quit', 'report', 'fresh', 'interrupt']);

describe('decodeKey and keyActions over every xterm key', () => {
  it.each(xtermKeys().map((key) => [key.name, key] as const))('%s', (_, { sequence, meaning }) => {
    expect(actionsOf(sequence)).toEqual(EXPECTED[meaning]);
  });

  it('decodes Ctrl+F1 to F4 and ESC[5J, which crashed Ink 6.8 useInput, as nothing', () => {
    for (const sequence of ['\u001B[1;5P', '\u001B[1;5Q', '\u001B[1;5R', '\u001B[1;5S', '\u001B[5J', '\u001B[1;5J']) {
      expect(decodeKey(sequence)).toEqual({ input: '', key: {} });
    }
  });

  it('keeps the keys the guide uses', () => {
    expect(decodeKey('\r')).toEqual({ input: '', key: { return: true } });
    expect(decodeKey('\u0003')).toEqual({ input: 'c', key: { ctrl: true } });
    expect(decodeKey('\u0015')).toEqual({ input: 'u', key: { ctrl: true } });
    expect(decodeKey('\u007F')).toEqual({ input: '', key: { backspace: true } });
    expect(decodeKey('\u001B')).toEqual({ input: '', key: { escape: true, meta: true } });
    expect(decodeKey('jj2\r')).toEqual({ input: 'jj2\r', key: {} });
    expect(decodeKey('\u001B[1;5A')).toEqual({ input: '', key: { upArrow: true, ctrl: true, meta: false } });
    expect(actionsOf('\u001Bq')).toEqual([]);
  });

  it('drops the tail Ink splits off an X10 mouse report or an SS3 key with a modifier', () => {
    const decode = createKeyDecoder();
    expect(decode('\u001B[M')).toEqual({ input: '', key: {} });
    expect(decode(' !!')).toEqual({ input: '', key: {} });
    expect(decode('\u001BO')).toEqual({ input: '', key: {} });
    expect(decode('5Pj')).toEqual({ input: 'j', key: {} });
    expect(decode('q')).toEqual({ input: 'q', key: {} });
  });
});

describe('key decoding, property-based', () => {
  it('never throws, and any input decodes to a string and a list of actions', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 12 }), { maxLength: 8 }), (events) => {
        const decode = createKeyDecoder();
        for (const event of events) {
          const { input, key } = decode(event);
          expect(typeof input).toBe('string');
          expect(Array.isArray(keyActions(input, key))).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('never reads a control sequence as typed keys, whatever its parameters and final byte', () => {
    const parameter = fc.constantFrom(...'0123456789;:<=>?'.split(''));
    const intermediate = fc.constantFrom(...' !"#$%&\'()*+,-./'.split(''));
    const final = fc.integer({ min: 0x40, max: 0x7e }).map((code) => String.fromCharCode(code));
    const sequence = fc
      .tuple(fc.constantFrom('\u001B[', '\u001BO', '\u001B\u001B['), fc.array(parameter, { maxLength: 8 }), fc.array(intermediate, { maxLength: 2 }), final)
      .map(([introducer, parameters, intermediates, last]) => introducer + parameters.join('') + intermediates.join('') + last);
    fc.assert(
      fc.property(sequence, (text) => {
        for (const action of actionsOf(text)) expect(TYPED.has(action.type), `${JSON.stringify(text)} gave ${action.type}`).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });
});
