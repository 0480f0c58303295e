import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/web/escape.ts';

describe('escapeHtml', () => {
  it('escapes the five characters that could open markup or end an attribute, and nothing else', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')"> & co`)).toBe('&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt; &amp; co');
    expect(escapeHtml('Pick Docker’s storage driver › 1.4')).toBe('Pick Docker’s storage driver › 1.4');
  });
});
