import { peek, type GraphNode } from '../../machines/index.ts';
import type { ContentLibrary } from '../content/node-content.ts';
import { endingMarkdown } from '../headless/transcript.ts';
import { markdownToText } from '../content/markdown-to-text.ts';
import { currentNode, type Session } from '../session/session.ts';
import { wayBack } from '../session/way-back.ts';
import { walkOf } from '../session/walk.ts';

/** One line of the menu under the text: a choice at a question, or what a key does elsewhere. */
export interface MenuItem {
  key: string;
  label: string;
  /** Choice id, for questions. */
  choice?: string;
  /** The "I don't know" line of a question a probe can answer. */
  dontKnow?: true;
}

export const DONT_KNOW_LABEL = "I don't know: check the host";

/** The Markdown a node shows: its content, and for ready the plan built from the walk. */
export function nodeMarkdown(session: Session, content: ContentLibrary): string {
  const node = currentNode(session);
  return node.kind === 'ready' ? endingMarkdown(walkOf(session), content) : content.get(node.id)!.markdown;
}

export function menu(session: Session, content: ContentLibrary): MenuItem[] {
  const node = currentNode(session);
  if (node.kind === 'question') {
    const items: MenuItem[] = node.choices.map((choice, index) => ({ key: String(index + 1), label: markdownToText(choice.label), choice: choice.id }));
    return node.probe ? [...items, { key: String(items.length + 1), label: DONT_KNOW_LABEL, dontKnow: true }] : items;
  }
  if (node.kind === 'info' || node.kind === 'fix') return [{ key: 'enter', label: 'Continue' }];
  const fork = node.kind === 'doom' ? currentNode(wayBack(session)) : undefined;
  return [
    ...(fork && fork.id !== node.id ? [{ key: 'b', label: `Back to the fork: ${content.get(fork.id)!.title}` }] : []),
    { key: 'w', label: node.kind === 'ready' ? "Write the report, and the plan as a script" : 'Write a report of this walk' },
    { key: 'r', label: 'Start over' },
    { key: 'q', label: 'Quit' },
  ];
}

/** A section of a node's content, by its `##` heading, as Markdown. */
export function sectionMarkdown(markdown: string, heading: string): string | undefined {
  return new RegExp(`^## ${heading}\\n([\\s\\S]*?)(?=^## |(?![\\s\\S]))`, 'm').exec(markdown)?.[1]?.trim();
}

/** The same section as plain text: the doom ahead, or how to check by hand. */
export function sectionText(markdown: string, heading: string): string | undefined {
  const section = sectionMarkdown(markdown, heading);
  return section === undefined ? undefined : markdownToText(section);
}

/** What lies behind a choice, without taking it: the node it leads to and, for a doom, how it will show up. */
export function peekAt(session: Session, choice: string, content: ContentLibrary): { target: GraphNode; title: string; detail?: string } {
  const target = peek(session.snapshot, choice);
  const words = content.get(target.id)!;
  const detail = target.kind === 'doom' ? sectionText(words.markdown, 'How it shows up later') : undefined;
  return { target, title: words.title, ...(detail ? { detail } : {}) };
}
