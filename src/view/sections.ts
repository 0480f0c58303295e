import { markdownToText } from '../content/markdown-to-text.ts';

/** A section's heading line up to the next `##` heading or the end of the text. */
const sectionPattern = (heading: string) => new RegExp(`^## ${heading}\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm');

/** A section of a node's content, by its `##` heading, as Markdown. */
export function sectionMarkdown(markdown: string, heading: string): string | undefined {
  return sectionPattern(heading).exec(markdown)?.[1]?.trim();
}

/** The same section as plain text: the doom ahead, or how to check by hand. */
export function sectionText(markdown: string, heading: string): string | undefined {
  const section = sectionMarkdown(markdown, heading);
  return section === undefined ? undefined : markdownToText(section);
}

/** The Markdown with one section, heading and all, taken out: for a front end that shows it apart. */
export function withoutSection(markdown: string, heading: string): string {
  return markdown.replace(sectionPattern(heading), '');
}
