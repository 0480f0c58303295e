import type { NodeId } from '../../machines/index.ts';
import type { ContentLibrary } from '../content/node-content.ts';
import { sectionText } from './sections.ts';

/** The heading of the commands a user can run themselves when no probe answers a question. */
export const BY_HAND = 'Check by hand';

/** How to answer a question by hand, as text, for when probes are off; every probe-able question has one (a content test says so). */
export function byHandText(question: NodeId, content: ContentLibrary): string {
  return sectionText(content.get(question)!.markdown, BY_HAND) ?? 'This question has no check by hand written down.';
}
