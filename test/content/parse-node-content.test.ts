import { describe, expect, it } from 'vitest';
import { ContentError, parseNodeContent } from '../../src/content/index.ts';

describe('parseNodeContent', () => {
  it('splits front matter from the body', () => {
    const parsed = parseNodeContent('x', '---\ntitle: A title\nsymptoms:\n  - "error: one"\nsources:\n  - https://a.example/1\n---\nBody *text*.\n');
    expect(parsed).toEqual({
      id: 'x',
      title: 'A title',
      symptoms: [{ line: 'error: one', variants: [] }],
      sources: ['https://a.example/1'],
      markdown: 'Body *text*.',
    });
  });

  it.each([
    ['no front matter', 'Just text', /missing front matter/],
    ['no title', '---\nsymptoms: []\n---\nx', /needs a 'title'/],
    ['an unknown key', '---\ntitle: t\nsymtoms: []\n---\nx', /unknown front matter key 'symtoms'/],
    ['a symptom without a line', '---\ntitle: t\nsymptoms: [1]\n---\nx', /symptom 1 needs a 'line'/],
    ['a symptom pattern that does not compile', '---\ntitle: t\nsymptoms:\n  - line: x\n    pattern: "(["\n---\nx', /'pattern' is not a valid regular expression/],
    ['broken YAML', '---\ntitle: [unclosed\n---\nx', /not valid YAML/],
  ])('rejects %s with a ContentError naming the file', (_, raw, message) => {
    expect(() => parseNodeContent('x', raw, 'host-os/x.md')).toThrow(ContentError);
    expect(() => parseNodeContent('x', raw, 'host-os/x.md')).toThrow(message);
    expect(() => parseNodeContent('x', raw, 'host-os/x.md')).toThrow(/^host-os\/x\.md: /);
  });
});
