import { describe, expect, it } from 'vitest';
import { adventureSpec } from '../../src/commands/adventure.ts';
import { parseCommand } from '../../src/kit/parse-options.ts';
import { UsageError } from '../../src/kit/usage-error.ts';

describe('the adventure spec', () => {
  it.each([
    [['--resume', '--fresh'], '--resume and --fresh cannot be used together'],
    [['--fresh', '--resume'], '--resume and --fresh cannot be used together'],
    [['--resume', '--start-at', 'selinux-mode'], '--resume and --start-at cannot be used together'],
    [['--host-dir', '/mnt', '--no-probes'], '--host-dir points the probes at a host; it cannot go with --no-probes'],
  ])('refuses %j before any save is read', (args, message) => {
    expect(() => parseCommand(adventureSpec, args)).toThrow(UsageError);
    expect(() => parseCommand(adventureSpec, args)).toThrow(message);
  });

  it('takes each of them alone, and a deep link with --fresh', () => {
    for (const args of [['--resume'], ['--fresh'], ['--start-at', 'selinux-mode', '--fresh']]) expect(() => parseCommand(adventureSpec, args)).not.toThrow();
  });
});
