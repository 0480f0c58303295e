import { describe, expect, it } from 'vitest';
import { ContentError, parseNodeContent } from '../../src/content/index.ts';

const VALID = 'validity:\n  kubernetes: ["1.4"]\n  os: [centos-7.2]\n  docker: [any]\n';

describe('parseNodeContent', () => {
  it('splits front matter from the body', () => {
    const parsed = parseNodeContent('start', `---\ntitle: A title\n${VALID}symptoms:\n  - "error: one"\nsources:\n  - https://a.example/1\n---\nBody *text*.\n`);
    expect(parsed).toEqual({
      id: 'start',
      title: 'A title',
      validity: { kubernetes: ['1.4'], os: ['centos-7.2'], docker: ['any'] },
      symptoms: [{ line: 'error: one', variants: [] }],
      sources: ['https://a.example/1'],
      markdown: 'Body *text*.',
    });
  });

  it.each([
    ['no front matter', 'Just text', /missing front matter/],
    ['no title', `---\n${VALID}symptoms: []\n---\nx`, /needs a 'title'/],
    ['an unknown key', `---\ntitle: t\n${VALID}symtoms: []\n---\nx`, /unknown front matter key 'symtoms'/],
    ['a symptom without a line', `---\ntitle: t\n${VALID}symptoms: [1]\n---\nx`, /symptom 1 needs a 'line'/],
    ['a symptom pattern that does not compile', `---\ntitle: t\n${VALID}symptoms:\n  - line: x\n    pattern: "(["\n---\nx`, /'pattern' is not a valid regular expression/],
    ['broken YAML', '---\ntitle: [unclosed\n---\nx', /not valid YAML/],
    ['no validity', '---\ntitle: t\n---\nx', /needs 'validity'/],
    ['a component left out', '---\ntitle: t\nvalidity:\n  kubernetes: ["1.4"]\n  os: [any]\n---\nx', /validity\.docker must be a list/],
    ['a release read as a number', '---\ntitle: t\nvalidity:\n  kubernetes: [1.4]\n  os: [any]\n  docker: [any]\n---\nx', /quote 1\.4/],
    ['a release the guide does not cover', '---\ntitle: t\nvalidity:\n  kubernetes: ["1.9"]\n  os: [any]\n  docker: [any]\n---\nx', /'1\.9' is not a release/],
    ['an unknown component', `---\ntitle: t\nvalidity:\n  kernel: ["3.10"]\n  kubernetes: [any]\n  os: [any]\n  docker: [any]\n---\nx`, /unknown component 'kernel'/],
  ])('rejects %s with a ContentError naming the file', (_, raw, message) => {
    expect(() => parseNodeContent('start', raw, 'host-os/x.md')).toThrow(ContentError);
    expect(() => parseNodeContent('start', raw, 'host-os/x.md')).toThrow(message);
    expect(() => parseNodeContent('start', raw, 'host-os/x.md')).toThrow(/^host-os\/x\.md: /);
  });
});
