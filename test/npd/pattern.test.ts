import { describe, expect, it } from 'vitest';
import { npdPattern, pascalCase, toleratingEscapedQuotes } from '../../src/npd/pattern.ts';
import { npdMatches } from './npd-match.ts';

describe('npdPattern', () => {
  it('takes the pattern when there is one, else the line as literal text, then the variants', () => {
    expect(npdPattern({ line: 'a.b (c)', variants: ['d|e'] })).toBe('(?im)(?:a\\.b \\(c\\)|d\\|e).*');
    expect(npdPattern({ line: 'Data loop file: /x', variants: [], pattern: 'Data loop file:\\s+\\S+' })).toBe('(?im)(?:Data loop file:\\s+\\S+).*');
  });

  it('lets a quote come escaped, as in a structured log field, but not inside a character class', () => {
    expect(toleratingEscapedQuotes('group "[^"]+" has')).toBe('group \\\\?"[^"]+\\\\?" has');
    expect(toleratingEscapedQuotes('a\\"b')).toBe('a\\"b');
    const pattern = npdPattern({ line: 'x', variants: [], pattern: 'Volume group "[^"]+" has insufficient free space' });
    expect(npdMatches(pattern, 1, 'Volume group "vg0" has insufficient free space (0 extents)')).toBe(true);
    expect(npdMatches(pattern, 1, 'err="Volume group \\"vg0\\" has insufficient free space"')).toBe(true);
  });

  it('keeps a content pattern anchored at a line start working in a buffer of several lines', () => {
    const pattern = npdPattern({ line: 'ID="amzn"', variants: [], pattern: '^ID="?amzn"?$' });
    expect(npdMatches(pattern, 3, 'ID="amzn"', ['NAME="Amazon Linux AMI"'])).toBe(true);
    expect(npdMatches(pattern, 3, 'XID="amzn"', ['NAME="Amazon Linux AMI"'])).toBe(false);
  });
});

describe('pascalCase', () => {
  it('turns a node id into a CamelCase reason', () => {
    expect(pascalCase('cni-loopback-missing-doom')).toBe('CniLoopbackMissingDoom');
    expect(pascalCase('aws-silent-errors')).toBe('AwsSilentErrors');
  });
});
