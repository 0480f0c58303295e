import { describe, expect, it } from 'vitest';
import { nodes } from '../../machines/index.ts';
import { didYouMean, suggestions } from '../../src/kit/suggest.ts';

const ids = Object.keys(nodes);

describe('did you mean', () => {
  it('suggests by prefix: --start-at bridge', () => {
    expect(suggestions('bridge', ids)[0]).toBe('bridge-netfilter');
    expect(suggestions('bridge', ids)).toContain('bridge-netfilter-ignored-doom');
  });

  it('suggests by substring', () => {
    expect(suggestions('netfilter', ids)).toEqual(expect.arrayContaining(['bridge-netfilter', 'persist-bridge-netfilter']));
  });

  it('still suggests by edit distance, and nothing for a lone letter or nonsense', () => {
    expect(suggestions('selinx-mode', ids)).toEqual(['selinux-mode']);
    expect(suggestions('b', ids)).toEqual([]);
    expect(suggestions('zzzzzzzz', ids)).toEqual([]);
  });

  it('words one or several', () => {
    expect(didYouMean('rnu', ['run', 'why'])).toBe(" (did you mean 'run'?)");
    expect(didYouMean('ab', ['abc', 'abd', 'abe', 'abf'])).toBe(" (did you mean 'abc', 'abd' or 'abe'?)");
  });
});
