import { forksOf, planOf, type NodeId } from '../../machines/index.ts';
import type { ContentLibrary } from '../content/node-content.ts';
import { planMarkdown } from './plan-text.ts';
import type { Walk } from '../session/walk.ts';

/** The Markdown an ending shows: its content, and for ready, the plan built from the walk. */
export function endingMarkdown(walk: Walk, content: ContentLibrary): string {
  const own = content.get(walk.ending.id)?.markdown ?? '';
  return walk.ending.kind === 'ready' ? `${own}\n\n${planMarkdown(planOf(walk.journey), content)}` : own;
}

/** The fork a doom sends the user back to: the last question they answered, or the doom's own fork. */
export function backToOf(walk: Walk): NodeId | undefined {
  if (walk.ending.kind !== 'doom') return undefined;
  const lastQuestion = walk.steps.findLast((step) => step.node.kind === 'question');
  return lastQuestion?.node.id ?? forksOf(walk.ending.id)[0];
}
