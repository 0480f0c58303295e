import { describe, expect, it } from 'vitest';
import { sectionMarkdown, sectionText, withoutSection } from '../../src/view/sections.ts';

const markdown = '# Title\n\nIntro.\n\n## Check by hand\nRun **this**:\n\n```console\n$ uname -r\n```\n\n## Why\nBecause.\n';

describe('sections of a node', () => {
  it('finds a section up to the next heading, or to the end', () => {
    expect(sectionMarkdown(markdown, 'Check by hand')).toBe('Run **this**:\n\n```console\n$ uname -r\n```');
    expect(sectionMarkdown(markdown, 'Why')).toBe('Because.');
    expect(sectionMarkdown(markdown, 'Missing')).toBeUndefined();
    expect(sectionText(markdown, 'Check by hand')).not.toContain('**');
  });

  it('takes one section out and leaves the ones around it', () => {
    expect(withoutSection(markdown, 'Check by hand')).toBe('# Title\n\nIntro.\n\n## Why\nBecause.\n');
    expect(withoutSection(markdown, 'Why')).toBe('# Title\n\nIntro.\n\n## Check by hand\nRun **this**:\n\n```console\n$ uname -r\n```\n\n');
    expect(withoutSection(markdown, 'Missing')).toBe(markdown);
  });
});
