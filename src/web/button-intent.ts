import type { Intent } from '../view/intents.ts';

/**
 * The intent a player button stands for, from its data-action (and data-choice). "way-back" is the doom's back,
 * a button of its own only because the page words it apart; an unknown action stands for nothing.
 */
export function buttonIntent(action: string, choice?: string): Intent | undefined {
  if (action === 'choose') return choice ? { type: 'take', choice } : undefined;
  if (action === 'continue' || action === 'restart' || action === 'peek') return { type: action };
  if (action === 'back' || action === 'way-back') return { type: 'back' };
  return undefined;
}
