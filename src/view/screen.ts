import type { GraphNode } from '../../machines/index.ts';
import type { ContentLibrary } from '../content/node-content.ts';
import { currentNode, type Session } from '../session/session.ts';
import { walkOf } from '../session/walk.ts';
import { BY_HAND } from './by-hand.ts';
import { endingMarkdown } from './ending.ts';
import { fixAheadMarkdown } from './fix-ahead.ts';
import { menu, type MenuItem } from './menu.ts';
import { sectionMarkdown, withoutSection } from './sections.ts';
import { wayBackOf, type WayBack } from './way-back.ts';

/** What a screen shows for the node a session stands at; every front end renders this and decides nothing else. */
export interface Screen {
  node: GraphNode;
  title: string;
  /** The node's whole text as Markdown; at ready, with the plan built from the walk. */
  markdown: string;
  /**
   * At a question a probe can answer, its "Check by hand" commands, and the text without them: for a front end
   * that cannot probe and shows them apart (the player).
   */
  byHand?: { markdown: string; rest: string };
  menu: MenuItem[];
  /** At a doom, where its way back leads (b in a terminal, a button in the player). */
  wayBack?: WayBack;
}

/** The Markdown a node shows: its content, and for ready the plan built from the walk. */
export function nodeMarkdown(session: Session, content: ContentLibrary): string {
  const node = currentNode(session);
  if (node.kind === 'ready') return endingMarkdown(walkOf(session), content);
  const own = content.get(node.id)!.markdown;
  // A doom shows the fix where the symptom is: what to take at its fork instead, and the fix's commands.
  const fix = node.kind === 'doom' ? fixAheadMarkdown(session, content) : undefined;
  return fix ? `${own.trimEnd()}\n\n${fix}` : own;
}

export function screenOf(session: Session, content: ContentLibrary): Screen {
  const node = currentNode(session);
  const markdown = nodeMarkdown(session, content);
  const byHand = node.kind === 'question' && node.probe ? sectionMarkdown(markdown, BY_HAND) : undefined;
  const wayBack = wayBackOf(session, content);
  return {
    node,
    title: content.get(node.id)!.title,
    markdown,
    ...(byHand ? { byHand: { markdown: byHand, rest: withoutSection(markdown, BY_HAND) } } : {}),
    menu: menu(session, content),
    ...(wayBack ? { wayBack } : {}),
  };
}
