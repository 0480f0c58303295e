import type { KeyFlags } from './keys.ts';

/** One key as the front ends read it: the text typed (empty for a named key), and the named key and modifiers. */
export interface KeyPress {
  input: string;
  key: KeyFlags;
}

const ESC = '\u001B';
const IGNORED: KeyPress = Object.freeze({ input: '', key: Object.freeze({}) }) as KeyPress;

/** The named keys the adventure and the paste box act on; every other key is ignored. */
const ARROWS: Record<string, keyof KeyFlags> = { A: 'upArrow', B: 'downArrow', C: 'rightArrow', D: 'leftArrow' };
const TILDE_KEYS: Record<string, keyof KeyFlags> = { '3': 'delete', '5': 'pageUp', '6': 'pageDown' };

/** CSI (`ESC [`) or SS3 (`ESC O`), an optional second ESC (Alt on some terminals), parameters, intermediates, final. */
const CONTROL_SEQUENCE = /^\u001B(\u001B)?([[O])([\u0030-\u003F]*)[\u0020-\u002F]*([\u0040-\u007E])$/;
/** The parameters of a key sequence: a number, then an optional xterm modifier (`1;5` is Ctrl). */
const KEY_PARAMETERS = /^(\d*)(?:;(\d+))?$/;

/** xterm's modifier parameter is 1 plus a bit set: shift 1, alt 2, ctrl 4, meta 8. */
function named(flag: keyof KeyFlags, modifier: string | undefined, alt: boolean): KeyPress {
  const bits = Math.max(0, Number(modifier ?? 1) - 1);
  return { input: '', key: { [flag]: true, ctrl: (bits & 4) !== 0, meta: alt || (bits & 10) !== 0 } };
}

function controlSequence(match: RegExpExecArray): KeyPress {
  const [, alt, introducer, parameters = '', final = ''] = match;
  const keyParameters = KEY_PARAMETERS.exec(parameters);
  if (!keyParameters) return IGNORED;
  const [, number = '', modifier] = keyParameters;
  const arrow = ARROWS[final];
  if (arrow && (introducer === 'O' || number === '' || number === '1')) return named(arrow, modifier, alt !== undefined);
  const tilde = introducer === '[' && final === '~' ? TILDE_KEYS[number] : undefined;
  return tilde ? named(tilde, modifier, alt !== undefined) : IGNORED;
}

/**
 * Decodes one input event (Ink splits what arrives into single escape sequences and runs of text) into the key the
 * front ends act on. Total by construction: any sequence it does not know, a function key, a mouse report, a paste
 * marker, a truncated escape, comes back as a key with no name and no text, which nothing acts on.
 */
export function decodeKey(sequence: string): KeyPress {
  switch (sequence) {
    case '':
      return IGNORED;
    case '\r':
    case '\n':
      return { input: '', key: { return: true } };
    case '\b':
    case '\u007F':
      return { input: '', key: { backspace: true } };
    case ESC:
    case ESC + ESC:
      return { input: '', key: { escape: true, meta: true } };
    default:
      break;
  }
  if (sequence.startsWith(ESC)) {
    const match = CONTROL_SEQUENCE.exec(sequence);
    if (match) return controlSequence(match);
    const rest = sequence.slice(1);
    // Alt and a printable character; the front ends leave Alt chords alone.
    return [...rest].length === 1 && rest >= ' ' && rest !== '\u007F' ? { input: rest, key: { meta: true } } : IGNORED;
  }
  const code = sequence.charCodeAt(0);
  // Ctrl and a letter: Ctrl+C is 0x03. Tab (Ctrl+I) and the rarer control characters are not keys the guide uses.
  if (sequence.length === 1 && code >= 1 && code <= 26 && sequence !== '\t') {
    return { input: String.fromCharCode(code + 96), key: { ctrl: true } };
  }
  if (sequence.length === 1 && code < 32) return IGNORED;
  return { input: sequence, key: {} };
}

/**
 * Ink splits two kinds of sequence in two: an X10 mouse report (`ESC [ M` and three raw characters) and an SS3 key
 * with a modifier (`ESC O 5 P`, Ctrl+F1 on older terminals), whose tail arrives after it as if typed.
 */
const MOUSE_X10 = `${ESC}[M`;
const SS3 = `${ESC}O`;
const SS3_TAIL = /^\d+(?:;\d+)*[\u0040-\u007E]/;

/**
 * A decoder for a stream of input events: decodeKey, with the tails of split sequences dropped, so a mouse click
 * or a function key cannot be read as typed keys.
 */
export function createKeyDecoder(): (sequence: string) => KeyPress {
  let tail: 'mouse' | 'ss3' | undefined;
  return (sequence) => {
    const after = tail;
    tail = sequence === MOUSE_X10 ? 'mouse' : sequence === SS3 ? 'ss3' : undefined;
    if (tail) return IGNORED;
    let rest = sequence;
    if (after === 'mouse') rest = [...sequence].slice(3).join('');
    if (after === 'ss3') rest = sequence.replace(SS3_TAIL, '');
    return rest === sequence ? decodeKey(sequence) : rest ? decodeKey(rest) : IGNORED;
  };
}
