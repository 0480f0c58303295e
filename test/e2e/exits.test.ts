import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, type TestContext } from 'vitest';
import { Terminal, type TerminalOptions } from '../helpers/tmux.ts';

/** The bin in tmux, with its own state directory, closed when the test ends; `save()` reads what it saved. */
function open(context: TestContext, args: string[], options: TerminalOptions = {}, state = mkdtempSync(join(tmpdir(), 'k8s-exit-'))) {
  const terminal = new Terminal(args, { XDG_STATE_HOME: state }, undefined, options);
  context.onTestFinished(() => terminal.close());
  const path = join(state, 'k8s-adventure', 'progress.json');
  return { terminal, save: () => JSON.parse(readFileSync(path, 'utf8')) as { trail: { node: string; answer?: string }[] }, saved: () => existsSync(path) };
}

const gone = async (pid: number) => {
  const deadline = Date.now() + 8000;
  for (;;) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    if (Date.now() > deadline) throw new Error(`process ${pid} is still running`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe.concurrent('every way out saves (tmux)', () => {
  it.for([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
    ['SIGINT', 130],
  ] as const)('the UI: %s from outside saves, restores the terminal and exits %i', async ([signal, code], context) => {
    const { terminal, save } = open(context, ['--no-probes']);
    await terminal.waitFor('QUESTION Bringing up a Kubernetes node (start)');
    await terminal.press('Enter');
    await terminal.waitFor('QUESTION Pick a host operating system');
    terminal.signal(signal);
    const screen = await terminal.waitFor('TTY=');
    expect(screen).toContain('Progress saved to');
    expect(screen).toContain(`EXIT=${code}`);
    expect(screen).toContain('TTY=icanon');
    expect(screen).not.toMatch(/Error|\n\s+at /);
    expect(save().trail).toEqual([{ node: 'start', answer: 'from-scratch', by: 'you' }]);
  });

  it.for([
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('plain mode on a terminal: %s saves and exits %i', async ([signal, code], context) => {
    const { terminal, save } = open(context, ['--plain', '--no-probes']);
    await terminal.waitFor('Choice [1-2');
    await terminal.press('1', 'Enter');
    await terminal.waitFor('Choice [1-5');
    terminal.signal(signal);
    const screen = await terminal.waitFor('TTY=');
    expect(screen).toContain('Progress saved to');
    expect(screen).toContain(`EXIT=${code}`);
    expect(save().trail).toEqual([{ node: 'start', answer: 'from-scratch', by: 'you' }]);
  });

  it('plain mode on a terminal: Ctrl+C saves and exits 130', async (context) => {
    const { terminal, save } = open(context, ['--plain', '--no-probes']);
    await terminal.waitFor('Choice [1-2');
    await terminal.press('1', 'Enter');
    await terminal.waitFor('Choice [1-5');
    await terminal.press('C-c');
    const screen = await terminal.waitFor('TTY=');
    expect(screen).toContain('Progress saved to');
    expect(screen).toContain('EXIT=130');
    expect(save().trail).toHaveLength(1);
  });

  it('plain mode on a terminal: q saves and exits at once, without waiting for Ctrl+D', async (context) => {
    const { terminal, save } = open(context, ['--plain', '--no-probes']);
    await terminal.waitFor('Choice [1-2');
    await terminal.press('1', 'Enter');
    await terminal.waitFor('Choice [1-5');
    await terminal.press('q', 'Enter');
    const screen = await terminal.waitFor('EXIT=', { timeoutMs: 3000 });
    expect(screen).toContain('Progress saved to');
    expect(screen).toContain('EXIT=0');
    expect(save().trail).toHaveLength(1);
  });

  it.for([
    ['the UI', ['--no-probes'], 'QUESTION Pick a host operating system', ['Enter']],
    ['plain mode', ['--plain', '--no-probes'], 'Choice [1-5', ['1', 'Enter']],
  ] as [string, string[], string, string[]][])('%s: a closed terminal saves and ends quietly', async ([, args, after, keys], context) => {
    const stderr = join(mkdtempSync(join(tmpdir(), 'k8s-exit-')), 'stderr');
    const { terminal, save } = open(context, args, { stderrFile: stderr });
    await terminal.waitFor(args.includes('--plain') ? 'Choice [1-2' : 'QUESTION Bringing up a Kubernetes node (start)');
    await terminal.press(...keys);
    await terminal.waitFor(after);
    const pid = terminal.pid();
    terminal.close();
    await gone(pid);
    expect(save().trail).toEqual([{ node: 'start', answer: 'from-scratch', by: 'you' }]);
    expect(readFileSync(stderr, 'utf8')).not.toMatch(/Error|Assertion|\n\s+at /);
  });

  it('the UI ignores Ctrl+F1 to Ctrl+F4 and ESC[5J from the real terminal, then quits with a save', async (context) => {
    const { terminal, save } = open(context, ['--no-probes', '--start-at', 'bridge-netfilter']);
    await terminal.waitFor('QUESTION Docker');
    for (const sequence of ['\u001B[1;5P', '\u001B[1;5Q', '\u001B[1;5R', '\u001B[1;5S', '\u001B[5J', '\u001B[1;5J']) terminal.type(sequence);
    await terminal.press('C-F1', 'q');
    const screen = await terminal.waitFor('TTY=');
    expect(screen).toContain('EXIT=0');
    expect(screen).not.toContain('TypeError');
    expect(save().trail).toEqual([]);
  });

  it('the UI draws with a save that is a FIFO, and keeps that FIFO aside when it saves', async (context) => {
    const state = mkdtempSync(join(tmpdir(), 'k8s-exit-'));
    mkdirSync(join(state, 'k8s-adventure'));
    spawnSync('mkfifo', [join(state, 'k8s-adventure', 'progress.json')]);
    const { terminal, save } = open(context, ['--no-probes'], {}, state);
    await terminal.waitFor('QUESTION Bringing up a Kubernetes node (start)');
    expect(terminal.screen({ joined: true }).replace(/\s+/g, ' ')).toContain('cannot be used (it is a FIFO). It is kept; starting fresh.');
    await terminal.press('Enter');
    await terminal.waitFor('QUESTION Pick a host operating system');
    await terminal.press('q');
    await terminal.waitFor('TTY=');
    expect(terminal.screen({ joined: true }).replace(/\s+/g, ' ')).toMatch(/the unusable save was kept as .*progress\.unusable-/);
    expect(save().trail).toHaveLength(1);
    const aside = readdirSync(join(state, 'k8s-adventure')).find((name) => name.includes('unusable'))!;
    expect(lstatSync(join(state, 'k8s-adventure', aside)).isFIFO()).toBe(true);
  });
});
