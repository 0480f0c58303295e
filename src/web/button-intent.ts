import type { Intent } from '../view/intents.ts';

/**
 * The intent a player button stands for, from its data-action (and data-choice, or for the way back data-fork). "way-back" is the doom's back,
 * a button of its own only because the page words it apart; an unknown action stands for nothing.
 */
export function buttonIntent(action: string, choice?: string): Intent | undefined {
  // A way-back button names its fork in place of a choice: several forks can lead to one doom.
  if (action === 'way-back') return choice ? { type: 'back', fork: choice } : { type: 'back' };
  if (action === 'choose') return choice ? { type: 'take', choice } : undefined;
  if (action === 'continue' || action === 'restart' || action === 'peek') return { type: action };
  if (action === 'back') return { type: 'back' };
  return undefined;
}
