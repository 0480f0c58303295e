import { START, type NodeId } from '../../machines/index.ts';
import { UsageError } from '../cli/usage-error.ts';
import { atEnding, currentNode, proceed, startSession, take, walkOf, type Session, type Walk } from '../session/index.ts';
import { choiceIds, type Answers } from './answers.ts';

/**
 * Walks the graph from a node with the answers given, through info and fix nodes, to an ending. Graph paths
 * have no cycles, so a walk always ends; a question without an answer stops it with a UsageError.
 */
export function answerSession(answers: Answers, startAt: NodeId = START): Session {
  let session = startSession(startAt);
  while (!atEnding(session)) {
    const node = currentNode(session);
    if (node.kind !== 'question') {
      session = proceed(session);
      continue;
    }
    const answer = answers[node.id];
    if (answer === undefined) {
      throw new UsageError(`no answer for question '${node.id}'; add "${node.id}": one of ${choiceIds(node).join(', ')}`);
    }
    session = take(session, answer, 'answers-file');
  }
  return session;
}

export const walkAnswers = (answers: Answers, startAt: NodeId = START): Walk => walkOf(answerSession(answers, startAt));
