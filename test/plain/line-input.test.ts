import { getEventListeners } from 'node:events';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { lineInput } from '../../src/plain/line-input.ts';

describe('lineInput', () => {
  it('reads lines, cuts none that fit, and holds nothing per line read on the stop signal', async () => {
    const stop = new AbortController();
    const input = lineInput(Readable.from([Buffer.from('1\r\n2\n'.repeat(10_000))]), stop.signal);
    let count = 0;
    for (let line = await input.next(); line !== undefined; line = await input.next()) {
      expect(line).toBe(count % 2 ? '2' : '1');
      count += 1;
    }
    expect(count).toBe(20_000);
    // A listener per pending line, gone once the line came: 20,000 lines leave none behind.
    expect(getEventListeners(stop.signal, 'abort')).toHaveLength(0);
  });

  it('gives up waiting for a line as soon as it is stopped', async () => {
    const stop = new AbortController();
    const stdin = new PassThrough();
    const input = lineInput(stdin, stop.signal);
    const waiting = input.next();
    stop.abort('SIGTERM');
    expect(await waiting).toBeUndefined();
    expect(await input.next()).toBeUndefined();
    input.close();
    expect(stdin.destroyed).toBe(true);
  });
});
