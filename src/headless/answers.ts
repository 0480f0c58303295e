import { isChoiceOf, isNodeId, nodes, type ChoiceId, type GraphNode, type NodeId, type QuestionSpec } from '../../machines/index.ts';
import { didYouMean } from '../kit/suggest.ts';
import { InputError } from '../kit/input-error.ts';
import { sanitizeLine } from '../text/sanitize.ts';

/** How much of an unknown id is quoted back. */
const ECHOED = 60;

/** An answers file: `{"<question-id>": "<choice-id>", ...}`. */
export type Answers = Readonly<Partial<Record<NodeId, ChoiceId>>>;

type Question = GraphNode & QuestionSpec;

export const questions = (): Question[] => Object.values(nodes).filter((node): node is Question => node.kind === 'question');

export const choiceIds = (question: Question): string[] => question.choices.map((choice) => choice.id);

/**
 * Parses and checks an answers document; every problem is one line naming the id and what would be valid. Its ids
 * are narrowed with the graph's own guards (isNodeId, isChoiceOf), as a save's are in session/replay.ts.
 */
export function parseAnswers(text: string, source: string): Answers {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${source} is not valid JSON: ${sanitizeLine((error as Error).message, 120)}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError(`${source} must be a JSON object of "question-id": "choice-id" pairs`);
  }
  const knownIds = questions().map((question) => question.id);
  const answers: Partial<Record<NodeId, ChoiceId>> = {};
  for (const [questionId, choice] of Object.entries(data)) {
    const question = isNodeId(questionId) ? nodes[questionId] : undefined;
    if (question?.kind !== 'question') {
      throw new InputError(
        `unknown question '${sanitizeLine(questionId, ECHOED)}' in ${source}${didYouMean(questionId, knownIds)}; valid questions: ${knownIds.join(', ')}`,
      );
    }
    if (typeof choice !== 'string') {
      throw new InputError(`the answer to '${questionId}' in ${source} must be a choice id string`);
    }
    if (!isChoiceOf(question, choice)) {
      const valid = choiceIds(question);
      throw new InputError(
        `'${sanitizeLine(choice, ECHOED)}' is not a choice of question '${questionId}' in ${source}${didYouMean(choice, valid)}; valid choices: ${valid.join(', ')}`,
      );
    }
    answers[question.id] = choice;
  }
  return answers;
}
