import type { NodeId } from '../../machines/index.ts';
import { noteOf } from '../probes/question-probes.ts';
import type { ProbeResult } from '../probes/types.ts';
import type { Intent } from './intents.ts';

/**
 * A probe's result as the intent it stands for: the note the walk keeps, for the question it answers. Apart from
 * intents.ts because the player, which never probes, must not bundle the probes.
 */
export const probeArrived = (question: NodeId, result: ProbeResult): Intent => ({ type: 'probe-arrived', question, note: noteOf(result) });
