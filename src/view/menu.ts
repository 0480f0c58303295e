import { isEnding, nodeById, type ChoiceId, type NodeId } from '../../machines/index.ts';
import type { ContentLibrary } from '../content/node-content.ts';
import { markdownToText } from '../content/markdown-to-text.ts';
import { currentNode, type Session } from '../session/session.ts';
import { wayBackOf } from './way-back.ts';

/** One line of the menu under the text: a choice at a question, or what a key does elsewhere. */
export interface MenuItem {
  key: string;
  label: string;
  /** Choice id, for questions. */
  choice?: ChoiceId;
  /** The "I don't know" line of a question a probe can answer. */
  dontKnow?: true;
  /** At a doom, the fork this line goes back to. */
  fork?: NodeId;
}

export const DONT_KNOW_LABEL = "I don't know: check the host";

/** The menu of the node the session stands at: its choices, Continue, or at an ending what each key does. */
export function menu(session: Session, content: ContentLibrary): MenuItem[] {
  const node = currentNode(session);
  if (node.kind === 'question') {
    const items: MenuItem[] = node.choices.map((choice, index) => ({ key: String(index + 1), label: markdownToText(choice.label), choice: choice.id }));
    return node.probe ? [...items, { key: String(items.length + 1), label: DONT_KNOW_LABEL, dontKnow: true }] : items;
  }
  if (node.kind === 'info' || node.kind === 'fix') return [{ key: 'enter', label: 'Continue' }];
  const way = wayBackOf(session, content);
  return [
    // One fork: b. A deep link to a doom that several forks lead to: a digit for each (b takes the first).
    ...(way && way.forks.length > 1
      ? way.forks.map((fork, index) => ({ key: String(index + 1), label: `Back to a fork: ${fork.title}`, fork: fork.id }))
      : way
        ? [{ key: 'b', label: `Back to the fork: ${way.title}`, fork: way.fork }]
        : []),
    { key: 'w', label: node.kind === 'ready' ? "Write the report, and the plan as a script" : 'Write a report of this walk' },
    { key: 'r', label: isEnding(nodeById(session.startAt)) ? 'Start over from the beginning' : 'Start over' },
    { key: 'q', label: 'Quit' },
  ];
}

/** The choices alone, numbered as in the menu: what a question offers to take. */
export const choicesOf = (items: MenuItem[]): (MenuItem & { choice: ChoiceId })[] => items.filter((item): item is MenuItem & { choice: ChoiceId } => item.choice !== undefined);
