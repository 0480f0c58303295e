import { peek, type ChoiceId, type GraphNode } from '../../machines/index.ts';
import type { ContentLibrary } from '../content/node-content.ts';
import type { Session } from '../session/session.ts';
import { sectionText } from './sections.ts';

/** What lies behind a choice, without taking it: the node it leads to and, for a doom, how it will show up. */
export function peekAt(session: Session, choice: ChoiceId, content: ContentLibrary): { target: GraphNode; title: string; detail?: string } {
  const target = peek(session.snapshot, choice);
  const words = content.get(target.id)!;
  const detail = target.kind === 'doom' ? sectionText(words.markdown, 'How it shows up later') : undefined;
  return { target, title: words.title, ...(detail ? { detail } : {}) };
}
