import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/index.ts';
import { startSession, take, type Session } from '../../src/session/index.ts';
import { App } from '../../src/ui/App.tsx';
import { WhyApp } from '../../src/ui/WhyApp.tsx';
import { buildMatchers } from '../../src/why/matchers.ts';
import { ENTER, press, until } from '../helpers/ink.ts';

const content = readContent();

function renderApp(props: { resume?: { session: Session; savedAt: string }; stop?: AbortSignal } = {}) {
  const exits: { session: Session; interrupted: boolean }[] = [];
  const app = render(<App content={content} fresh={startSession()} onExit={(outcome) => exits.push(outcome)} writeReport={() => 'report.md'} {...props} />);
  const frame = () => app.lastFrame() ?? '';
  return { app, exits, waitFor: (text: string) => until(frame, (f) => f.includes(text)) };
}

describe('how the Ink adventure hands its walk over for saving', () => {
  it('a stop from outside (a signal) leaves as Ctrl+C does, with the walk', async () => {
    const stop = new AbortController();
    const { app, exits, waitFor } = renderApp({ stop: stop.signal });
    await waitFor('QUESTION Bringing up a Kubernetes node');
    await press(app.stdin, ENTER);
    await waitFor('QUESTION Pick a host operating system');
    stop.abort('SIGTERM');
    expect(exits).toHaveLength(1);
    expect(exits[0]!.interrupted).toBe(true);
    expect(exits[0]!.session.trail).toEqual([{ node: 'start', answer: 'from-scratch', by: 'you' }]);
  });

  it('quitting at the resume offer hands over the saved walk, not the fresh one', async () => {
    const saved = take(take(startSession(), 'from-scratch'), 'centos-7');
    const { app, exits, waitFor } = renderApp({ resume: { session: saved, savedAt: '2026-01-02T03:04:05.000Z' } });
    await waitFor('You have saved progress');
    await press(app.stdin, 'q');
    expect(exits).toEqual([{ session: saved, interrupted: false }]);
  });

  it('an unmount it did not ask for (Ink leaving on its own) still hands the walk over, once', async () => {
    const { app, exits, waitFor } = renderApp();
    await waitFor('QUESTION Bringing up a Kubernetes node');
    await press(app.stdin, ENTER);
    await waitFor('QUESTION Pick a host operating system');
    app.unmount();
    expect(exits).toHaveLength(1);
    expect(exits[0]!.session.trail).toHaveLength(1);
  });
});

describe('the why paste box', () => {
  it('closes on a stop from outside', async () => {
    const stop = new AbortController();
    const quits: boolean[] = [];
    const app = render(<WhyApp content={content} matchers={buildMatchers(content)} onJump={() => {}} onQuit={(interrupted) => quits.push(interrupted)} stop={stop.signal} />);
    await until(() => app.lastFrame(), (frame) => frame.includes('(paste or type here)'));
    stop.abort('SIGHUP');
    expect(quits).toEqual([true]);
  });
});
