/**
 * Every key sequence an xterm-compatible terminal sends for the function and editing keys, with every modifier
 * (xterm's parameter 2–8: Shift, Alt, Shift+Alt, Ctrl, Shift+Ctrl, Alt+Ctrl, Shift+Alt+Ctrl), in CSI and SS3 forms;
 * and the other sequences that reach a program's stdin: bracketed paste markers, mouse reports, focus events.
 * Each is tagged with what the adventure does with it: `ignored`, or the named key it is.
 */
const ESC = '\u001B';
const MODIFIERS = [2, 3, 4, 5, 6, 7, 8];

export type KeyMeaning = 'ignored' | 'up' | 'down' | 'left' | 'right' | 'delete' | 'page-up' | 'page-down';

export interface XtermKey {
  name: string;
  sequence: string;
  meaning: KeyMeaning;
}

const F1_TO_F4 = ['P', 'Q', 'R', 'S'];
/** F5–F12 as `CSI n ~`. */
const F5_TO_F12 = [15, 17, 18, 19, 20, 21, 23, 24];
const ARROWS: [string, KeyMeaning][] = [
  ['A', 'up'],
  ['B', 'down'],
  ['C', 'right'],
  ['D', 'left'],
];
/** Editing keys as `CSI n ~`: home and end have two numbers each (xterm, rxvt). */
const TILDE: [number, string, KeyMeaning][] = [
  [1, 'home', 'ignored'],
  [2, 'insert', 'ignored'],
  [3, 'delete', 'delete'],
  [4, 'end', 'ignored'],
  [5, 'page-up', 'page-up'],
  [6, 'page-down', 'page-down'],
  [7, 'home (rxvt)', 'ignored'],
  [8, 'end (rxvt)', 'ignored'],
];

export function xtermKeys(): XtermKey[] {
  const keys: XtermKey[] = [];
  const add = (name: string, sequence: string, meaning: KeyMeaning) => keys.push({ name, sequence, meaning });
  F1_TO_F4.forEach((final, index) => {
    add(`F${index + 1} (SS3)`, `${ESC}O${final}`, 'ignored');
    add(`F${index + 1} (CSI)`, `${ESC}[${final}`, 'ignored');
    add(`F${index + 1} (linux console)`, `${ESC}[[${'ABCD'[index]}`, 'ignored');
    for (const m of MODIFIERS) {
      add(`F${index + 1} modifier ${m} (CSI 1;m)`, `${ESC}[1;${m}${final}`, 'ignored');
      add(`F${index + 1} modifier ${m} (SS3 m)`, `${ESC}O${m}${final}`, 'ignored');
    }
  });
  add('F5 (linux console)', `${ESC}[[E`, 'ignored');
  F5_TO_F12.forEach((number, index) => {
    add(`F${index + 5}`, `${ESC}[${number}~`, 'ignored');
    for (const m of MODIFIERS) add(`F${index + 5} modifier ${m}`, `${ESC}[${number};${m}~`, 'ignored');
  });
  for (const [final, meaning] of ARROWS) {
    add(`arrow ${meaning} (CSI)`, `${ESC}[${final}`, meaning);
    add(`arrow ${meaning} (SS3)`, `${ESC}O${final}`, meaning);
    add(`arrow ${meaning} (Alt as ESC ESC)`, `${ESC}${ESC}[${final}`, meaning);
    for (const m of MODIFIERS) add(`arrow ${meaning} modifier ${m}`, `${ESC}[1;${m}${final}`, meaning);
  }
  for (const final of ['H', 'F']) {
    const name = final === 'H' ? 'home' : 'end';
    add(`${name} (CSI)`, `${ESC}[${final}`, 'ignored');
    add(`${name} (SS3)`, `${ESC}O${final}`, 'ignored');
    for (const m of MODIFIERS) add(`${name} modifier ${m}`, `${ESC}[1;${m}${final}`, 'ignored');
  }
  for (const [number, name, meaning] of TILDE) {
    add(name, `${ESC}[${number}~`, meaning);
    for (const m of MODIFIERS) add(`${name} modifier ${m}`, `${ESC}[${number};${m}~`, meaning);
  }
  add('shift+tab', `${ESC}[Z`, 'ignored');
  add('bracketed paste start', `${ESC}[200~`, 'ignored');
  add('bracketed paste end', `${ESC}[201~`, 'ignored');
  add('focus in', `${ESC}[I`, 'ignored');
  add('focus out', `${ESC}[O`, 'ignored');
  add('mouse press (X10)', `${ESC}[M !!`, 'ignored');
  add('mouse release (X10)', `${ESC}[M#!!`, 'ignored');
  add('mouse wheel (X10)', `${ESC}[M\`55`, 'ignored');
  add('mouse press (SGR)', `${ESC}[<0;10;5M`, 'ignored');
  add('mouse release (SGR)', `${ESC}[<0;10;5m`, 'ignored');
  add('mouse wheel (SGR)', `${ESC}[<64;1;1M`, 'ignored');
  add('mouse press (urxvt)', `${ESC}[32;10;5M`, 'ignored');
  add('erase below, as a key (ESC[5J)', `${ESC}[5J`, 'ignored');
  add('ESC[1;5J', `${ESC}[1;5J`, 'ignored');
  add('kitty Ctrl+c (CSI u)', `${ESC}[99;5u`, 'ignored');
  add('cursor position report', `${ESC}[12;40R`, 'ignored');
  return keys;
}
