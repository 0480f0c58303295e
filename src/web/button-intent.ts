import { isNodeId } from '../../machines/index.ts';
import type { Intent } from '../view/intents.ts';

/**
 * The intent a player button stands for, from its data-action (and data-choice, or for the way back data-fork). "way-back" is the doom's back,
 * a button of its own only because the page words it apart; an unknown action stands for nothing.
 */
export function buttonIntent(action: string, choice?: string): Intent | undefined {
  // A way-back button names its fork in place of a choice: several forks can lead to one doom.
  // It comes from the page's markup, so it becomes a node id only through the guard.
  if (action === 'way-back') return choice === undefined ? { type: 'back' } : isNodeId(choice) ? { type: 'back', fork: choice } : undefined;
  if (action === 'choose') return choice ? { type: 'take', choice } : undefined;
  if (action === 'continue' || action === 'restart' || action === 'peek') return { type: action };
  if (action === 'back') return { type: 'back' };
  return undefined;
}
