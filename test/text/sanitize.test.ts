import { describe, expect, it } from 'vitest';
import { escapeJsonText, sanitize, sanitizeLine } from '../../src/text/sanitize.ts';

describe('sanitize', () => {
  it('strips escape sequences and shows other control characters as U+FFFD', () => {
    const hostile = 'ID=centos\u001B[2J\u001B]0;pwned\u0007\u001B[31mred\u001B[0m\rover\u0008 tab\tkept\n';
    expect(sanitize(hostile)).toBe('ID=centosred\uFFFDover\uFFFD tab\tkept\n');
  });

  it('shows C1 controls as U+FFFD', () => {
    expect(sanitize('a\u0080b\u0085c')).toBe('a\uFFFDb\uFFFDc');
    expect(sanitize('a\u009B31mb')).toBe('ab');
  });

  it('shows every Trojan Source character by its code point, so reordered text cannot hide', () => {
    const trojan = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
    for (const char of trojan) {
      const shown = sanitize(`ok${char}gnp.exe`);
      expect(shown).not.toContain(char);
      expect(shown).toBe(`ok<U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}>gnp.exe`);
    }
  });

  it('shows zero-width characters and the BOM, and leaves ordinary Unicode alone', () => {
    expect(sanitize('a\u200Bb\uFEFFc')).toBe('a<U+200B>b<U+FEFF>c');
    expect(sanitize('naïve — ✓ 日本')).toBe('naïve — ✓ 日本');
  });
});

describe('sanitizeLine', () => {
  it('keeps an echoed value on one line and cuts it', () => {
    expect(sanitizeLine('a\nb')).toBe('a⏎b');
    const long = sanitizeLine('x'.repeat(50_000_000), 80);
    expect(long).toHaveLength(80);
    expect(long.endsWith('…')).toBe(true);
  });
});

describe('escapeJsonText', () => {
  it('keeps the characters but as escapes that JSON.parse restores', () => {
    const value = { text: 'a\u202Eb\u009Bc\u007Fd\u2028e' };
    const json = escapeJsonText(JSON.stringify(value));
    expect(json).not.toMatch(/[\u007F-\u009F\u202E\u2028]/);
    expect(JSON.parse(json)).toEqual(value);
  });
});
