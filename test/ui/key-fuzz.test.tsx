import fc from 'fast-check';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/index.ts';
import { startSession, type Session } from '../../src/session/index.ts';
import { App } from '../../src/ui/App.tsx';
import { WhyApp } from '../../src/ui/WhyApp.tsx';
import { buildMatchers } from '../../src/why/matchers.ts';
import { press, until } from '../helpers/ink.ts';
import { xtermKeys } from '../helpers/xterm-keys.ts';

const content = readContent();
const keys = xtermKeys();
const ignored = keys.filter((key) => key.meaning === 'ignored');

function renderAdventure() {
  const exits: { session: Session; interrupted: boolean }[] = [];
  const app = render(<App content={content} fresh={startSession('bridge-netfilter')} onExit={(outcome) => exits.push(outcome)} writeReport={() => 'report.md'} />);
  return { app, exits, frame: () => app.lastFrame() ?? '' };
}

describe('every xterm key in the Ink adventure', () => {
  it('ignores function keys, mouse reports and paste markers: the screen stays, nothing quits', async () => {
    const { app, exits, frame } = renderAdventure();
    const before = await until(frame, (text) => text.includes('QUESTION Docker'));
    for (const key of ignored) {
      // One write per key, as a terminal sends it: Ink splits it into events and the app must survive each.
      expect(() => app.stdin.write(key.sequence), key.name).not.toThrow();
      await press(app.stdin);
    }
    await press(app.stdin, '');
    expect(frame()).toBe(before);
    expect(exits).toEqual([]);
    await press(app.stdin, 'q');
    expect(exits).toHaveLength(1);
    app.unmount();
  });

  it('survives every key and every modifier, arrows and paging included, then still quits with q', async () => {
    const { app, exits, frame } = renderAdventure();
    await until(frame, (text) => text.includes('QUESTION Docker'));
    for (const key of keys.filter((k) => k.meaning !== 'left' && k.meaning !== 'delete')) app.stdin.write(key.sequence);
    await press(app.stdin, '');
    expect(frame()).toContain('QUESTION Docker');
    expect(exits).toEqual([]);
    await press(app.stdin, 'q');
    expect(exits).toHaveLength(1);
    app.unmount();
  });

  it('survives random bytes and random escape sequences, in bounded time', async () => {
    const { app, exits, frame } = renderAdventure();
    await until(frame, (text) => text.includes('QUESTION Docker'));
    // No letters, digits or Enter outside escapes: those are real keys that would walk or quit.
    const noise = fc.oneof(
      fc.constantFrom(...keys.filter((key) => key.meaning === 'ignored').map((key) => key.sequence)),
      fc.string({ unit: fc.constantFrom('\u001B', '[', 'O', ';', '1', '5', '~', 'P', 'J', '<', 'M'), maxLength: 10 }).map((text) => `\u001B${text}`),
    );
    const samples = fc.sample(fc.array(noise, { minLength: 1, maxLength: 6 }), { numRuns: 300, seed: 13 });
    for (const chunk of samples) expect(() => app.stdin.write(chunk.join(''))).not.toThrow();
    await press(app.stdin, '');
    expect(frame()).toMatch(/QUESTION|DOOM|FIX|INFO/);
    expect(exits).toEqual([]);
    app.unmount();
  });
});

describe('every xterm key in the why paste box', () => {
  it('ignores them all: nothing is pasted, nothing quits', async () => {
    const quits: boolean[] = [];
    const app = render(<WhyApp content={content} matchers={buildMatchers(content)} onJump={() => {}} onQuit={(interrupted) => quits.push(interrupted)} />);
    const frame = () => app.lastFrame() ?? '';
    await until(frame, (text) => text.includes('(paste or type here)'));
    for (const key of keys.filter((k) => k.meaning === 'ignored')) {
      expect(() => app.stdin.write(key.sequence), key.name).not.toThrow();
      await press(app.stdin);
    }
    await press(app.stdin, '');
    expect(frame()).toContain('(paste or type here)');
    expect(quits).toEqual([]);
    app.unmount();
  });
});
