import { describe, expect, it } from 'vitest';
import type { CommandSpec } from '../../src/kit/command-spec.ts';
import { helpText } from '../../src/kit/help-text.ts';
import { parseCommand } from '../../src/kit/parse-options.ts';
import { UsageError } from '../../src/kit/usage-error.ts';

const spec = {
  name: 'brew',
  title: 'k8s-adventure brew: a command made up for this test',
  usage: ['k8s-adventure brew --pot POT [--tea KIND] [--milk | --lemon]'],
  flags: {
    pot: { type: 'string', arg: 'POT', help: ['the pot'], required: 'brew needs --pot POT' },
    tea: {
      type: 'string',
      arg: 'KIND',
      default: 'green',
      help: ['the tea'],
      choices: { values: ['green', 'black'], unknown: (value, guess) => `unknown tea '${value}'${guess}` },
    },
    milk: { type: 'boolean', help: ['with milk'] },
    lemon: { type: 'boolean', help: ['with lemon'], conflicts: { flag: 'milk', message: '--lemon curdles --milk' } },
    'sugar-cubes-count': { type: 'string', arg: 'N', help: ['how many cubes,', 'counted twice'], requires: { flag: 'tea', message: 'unreachable' } },
    steep: { type: 'string', arg: 'S', help: ['seconds'], requires: { flag: 'timer', message: '--steep needs --timer' } },
    timer: { type: 'boolean', help: ['ring when done'] },
  },
  notes: ['Brews only.'],
  examples: ['k8s-adventure brew --pot big'],
  footer: 'Exit codes: 0 tea.',
} as const satisfies CommandSpec;

const refusal = (args: string[]) => {
  try {
    parseCommand(spec, args);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`accepted ${args.join(' ')}`);
};

describe('a command spec', () => {
  it('parses typed values, with defaults', () => {
    expect(parseCommand(spec, ['--pot', 'big', '--milk']).values).toEqual({ pot: 'big', tea: 'green', milk: true });
  });

  it.each([
    [[], 'brew needs --pot POT'],
    [['--pot', 'p', '--tea', 'blak'], "unknown tea 'blak' (did you mean 'black'?)"],
    [['--pot', 'p', '--milk', '--lemon'], '--lemon curdles --milk'],
    [['--pot', 'p', '--steep', '30'], '--steep needs --timer'],
    [['--pot', 'p', '--kettle'], "unknown option '--kettle'; see 'k8s-adventure brew --help'"],
    [['--pot', 'p', 'now'], "unexpected argument 'now'; see 'k8s-adventure brew --help'"],
  ])('refuses %j in its own words', (args, message) => {
    expect(refusal(args)).toBe(message);
  });

  it('writes --help from the same flags, wrapping a flag too long to share its line', () => {
    expect(helpText(spec)).toBe(`k8s-adventure brew: a command made up for this test

Usage
  k8s-adventure brew --pot POT [--tea KIND] [--milk | --lemon]

Flags
  --pot POT        the pot
  --tea KIND       the tea
  --milk           with milk
  --lemon          with lemon
  --sugar-cubes-count N
                   how many cubes,
                   counted twice
  --steep S        seconds
  --timer          ring when done
  -h, --help       show this help

Brews only.

Examples
  k8s-adventure brew --pot big

Exit codes: 0 tea.
`);
  });
});
