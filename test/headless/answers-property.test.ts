import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/kit/input-error.ts';
import { choiceIds, parseAnswers, questions } from '../../src/headless/answers.ts';

const known = questions();
const questionIds = known.map((question) => question.id);
const allChoices = known.flatMap(choiceIds);
// A tab is harmless on one line; every other control character, and bidi and zero-width formatting, is not.
const UNSAFE = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF]/;

/** Strings an attacker or a clumsy user would put in an answers file: ids, near-ids, escapes, bidi, long runs. */
const hostileString = fc.oneof(
  fc.constantFrom(...questionIds, ...allChoices),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\u001B]0;PWNED\u0007', '\u001B[2J', '\u202Ecentos-7', 'centos-7\u0000', 'x'.repeat(5000)),
);
const answersDocument = fc.oneof(
  fc.dictionary(hostileString, fc.oneof(hostileString, fc.jsonValue({ maxDepth: 2 })), { maxKeys: 6 }).map((data) => JSON.stringify(data)),
  fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

/** What parseAnswers promises: valid answers, or one safe line saying what is wrong. */
function check(text: string) {
  let answers: Record<string, string>;
  try {
    answers = parseAnswers(text, 'the answers on standard input');
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const message = (error as Error).message;
    expect(message).not.toMatch(/\n/);
    expect(message).not.toMatch(UNSAFE);
    expect(message.length).toBeLessThan(1500);
    return;
  }
  for (const [question, choice] of Object.entries(answers)) {
    const node = known.find((candidate) => candidate.id === question);
    expect(node && choiceIds(node)).toContain(choice);
  }
}

describe('parseAnswers, property-based', () => {
  it('accepts only valid pairs, and refuses anything else in one safe, short line', () => {
    fc.assert(fc.property(answersDocument, check), { numRuns: 3000 });
  });

  it('accepts every valid combination of known answers', () => {
    const valid = fc.subarray(known).chain((subset) => fc.tuple(...subset.map((question) => fc.constantFrom(...choiceIds(question)).map((choice) => [question.id, choice] as const))));
    fc.assert(
      fc.property(valid, (pairs) => {
        expect(parseAnswers(JSON.stringify(Object.fromEntries(pairs)), 'test')).toEqual(Object.fromEntries(pairs));
      }),
      { numRuns: 300 },
    );
  });
});
