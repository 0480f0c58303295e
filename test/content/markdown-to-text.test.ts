import { describe, expect, it } from 'vitest';
import { markdownToText } from '../../src/content/index.ts';

describe('markdownToText', () => {
  it('drops markup but keeps words, commands and link targets', () => {
    const text = markdownToText('## Heading\n\nSome **bold** and `code`, a [link](https://x.example).\n');
    expect(text).toBe('Heading\n\nSome bold and code, a link (https://x.example).');
  });

  it('indents code blocks so commands stand apart', () => {
    expect(markdownToText('Run:\n\n```sh\nyum update -y\n```\n')).toBe('Run:\n\n    yum update -y');
  });

  it('joins soft line breaks, so the reader\'s terminal does the wrapping', () => {
    expect(markdownToText('one\ntwo')).toBe('one two');
  });

  it('renders tight lists with bullets and numbers', () => {
    expect(markdownToText('- a\n- **b**\n\n1. x\n2. y')).toBe('- a\n- b\n\n1. x\n2. y');
  });
});
