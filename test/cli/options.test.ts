import { describe, expect, it } from 'vitest';
import { MAX_TIMEOUT_MS } from '../../src/kit/timeout.ts';
import { runCli } from '../helpers/run-cli.ts';

/** One line on stderr, nothing on stdout, exit 2: what every bad command line gets. */
async function badInput(args: string[], input = '') {
  const result = await runCli(args, input);
  expect(result.code).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr).toMatch(/^k8s-adventure: [^\n]*\n$/);
  return result.stderr.replace(/^k8s-adventure: /, '').trimEnd();
}

const TIMEOUT_RULE = `--timeout takes milliseconds, a whole number from 1 to ${MAX_TIMEOUT_MS}`;

describe('--timeout', () => {
  it.each([
    ['doctor --timeout -1', ['doctor', '--timeout', '-1'], '-1'],
    ['doctor --timeout=-1', ['doctor', '--timeout=-1'], '-1'],
    ['the adventure --timeout -1', ['--timeout', '-1'], '-1'],
    ['run --probes --timeout -1', ['run', '--answers', '-', '--probes', '--timeout', '-1'], '-1'],
    ['a value Node timers would overflow', ['doctor', '--timeout', '3000000000'], '3000000000'],
    ['one past the maximum', ['doctor', '--timeout', String(MAX_TIMEOUT_MS + 1)], String(MAX_TIMEOUT_MS + 1)],
    ['zero', ['doctor', '--timeout', '0'], '0'],
    ['a fraction', ['doctor', '--timeout', '1.5'], '1.5'],
    ['an exponent', ['doctor', '--timeout', '1e3'], '1e3'],
  ])('refuses %s in the project’s own words', async (_, args, shown) => {
    expect(await badInput(args)).toBe(`${TIMEOUT_RULE}, not '${shown}'`);
  });

  it('is checked before any input is read', async () => {
    expect(await badInput(['run', '--answers', '/nonexistent', '--probes', '--timeout=-1'])).toMatch(/^--timeout takes/);
  });

  it('cuts a long value when it echoes it', async () => {
    const message = await badInput(['doctor', `--timeout=${'9'.repeat(100_000)}`]);
    expect(message.length).toBeLessThan(120);
  });
});

describe('parser errors, reworded as one line', () => {
  it.each([
    ['an option that takes no value', ['paths', '--json=yes'], "option '--json' takes no value; see 'k8s-adventure paths --help'"],
    ['a missing value', ['export', '--format'], "option '--format' needs a value; see 'k8s-adventure export --help'"],
    ['a flag where a value goes', ['export', '--format', '--json'], "option '--format' needs a value; to give one that starts with '-', write --format=VALUE; see 'k8s-adventure export --help'"],
    ['an unknown short flag', ['paths', '-x'], "unknown option '-x'; see 'k8s-adventure paths --help'"],
    ['an unexpected argument', ['paths', 'extra'], "unexpected argument 'extra'; see 'k8s-adventure paths --help'"],
  ])('%s', async (_, args, message) => {
    expect(await badInput(args)).toBe(message);
  });

  it('shows an unknown flag sanitised and cut, never its escape sequences or its full length', async () => {
    const message = await badInput(['paths', `--\u001B]0;PWNED\u0007${'x'.repeat(1_000_000)}`]);
    expect(message).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
    expect(message.length).toBeLessThan(200);
  });

  it('shows an unexpected argument with newlines and bidi controls on one safe line', async () => {
    const message = await badInput(['paths', 'a\nb\u202Ec']);
    expect(message).toBe("unexpected argument 'a⏎b<U+202E>c'; see 'k8s-adventure paths --help'");
  });
});

describe('values from outside, echoed in errors', () => {
  it.each([
    ['an unknown --start-at id', ['paths', '--start-at', '\u001B]0;PWNED\u0007evil\u202E'], /^unknown node 'evil<U\+202E>' for --start-at/],
    ['an unknown command', ['\u001B[31mrun\u0007'], /^unknown command 'run\uFFFD'; see/],
    ['an unknown export format', ['export', '--format', 'y\u001B[2Jaml'], /^unknown export format 'yaml'/],
    ['an unknown chapter', ['export', '--format', 'dot', '--chapter', 'c\u0007ni'], /^unknown chapter 'c\uFFFDni'/],
  ])('%s is sanitised', async (_, args, message) => {
    const shown = await badInput(args);
    expect(shown).toMatch(message);
    expect(shown).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
  });

  it('cuts a 50 MB unknown id to a short line, quickly', async () => {
    const started = Date.now();
    const message = await badInput(['paths', '--start-at', 'x'.repeat(50_000_000)]);
    expect(message.length).toBeLessThan(300);
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
