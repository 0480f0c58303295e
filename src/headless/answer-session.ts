import { START, type NodeId } from '../../machines/index.ts';
import { InputError } from '../kit/input-error.ts';
import { noteOf } from '../probes/question-probes.ts';
import type { ProbeResult } from '../probes/types.ts';
import { atEnding, currentNode, proceed, startSession, take, walkOf, type Session, type Walk } from '../session/index.ts';
import { choiceIds, type Answers } from './answers.ts';

/**
 * Walks the graph from a node with the answers given, through info and fix nodes, to an ending. A question the
 * answers leave open takes the probe's suggestion, when probes ran. Graph paths have no cycles, so a walk always
 * ends; a question nobody could answer stops it with an InputError.
 */
export function answerSession(answers: Answers, startAt: NodeId = START, probed?: ReadonlyMap<NodeId, ProbeResult>): Session {
  let session = startSession(startAt);
  while (!atEnding(session)) {
    const node = currentNode(session);
    if (node.kind !== 'question') {
      session = proceed(session);
      continue;
    }
    const answer = answers[node.id];
    const probe = probed?.get(node.id);
    if (answer !== undefined) {
      session = take(session, answer, 'answers-file', probe && noteOf(probe));
    } else if (probe?.suggests) {
      session = take(session, probe.suggests, 'probe', noteOf(probe));
    } else {
      const tried = probe ? `, and probe '${probe.id}' could not tell (${probe.status}: ${probe.observed})` : '';
      throw new InputError(`no answer for question '${node.id}'${tried}; add "${node.id}": one of ${choiceIds(node).join(', ')}`);
    }
  }
  return session;
}

export const walkAnswers = (answers: Answers, startAt: NodeId = START): Walk => walkOf(answerSession(answers, startAt));
