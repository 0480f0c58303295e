import { afterEach, describe, expect, it, vi } from 'vitest';

const Real = Intl.Segmenter;
// Intl's members are read-only in the types, not at run time.
const intl = Intl as { Segmenter: typeof Real };
afterEach(() => {
  intl.Segmenter = Real;
});

describe('LazySegmenter (injected for Intl.Segmenter in the CLI bundles)', () => {
  it('makes the real segmenter on first use only, once, with the arguments given, and segments as it does', async () => {
    const made: unknown[][] = [];
    intl.Segmenter = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made.push(args);
      }
    };
    vi.resetModules();
    // @ts-expect-error a plain JS build helper, without types
    const { LazySegmenter } = (await import('../../scripts/lazy-segmenter.js')) as { LazySegmenter: typeof Real };
    const lazy = new LazySegmenter(undefined, { granularity: 'grapheme' });
    expect(made).toHaveLength(0);
    const text = 'né 👩‍💻 kubelet ❯ 中文';
    const segments = (segmenter: Intl.Segmenter) => [...segmenter.segment(text)].map(({ segment, index }) => [segment, index]);
    expect(segments(lazy)).toEqual(segments(new Real(undefined, { granularity: 'grapheme' })));
    expect(segments(lazy)).toEqual(segments(new Real()));
    expect(made).toEqual([[undefined, { granularity: 'grapheme' }]]);
    expect(lazy.resolvedOptions().granularity).toBe('grapheme');
  });
});
