import { describe, expect, it } from 'vitest';
import { resumeCommand } from '../../src/view/resume-hint.ts';

describe('the quit hint names the command the user started with', () => {
  it.each([
    ['from PATH', ['/usr/bin/node', '/usr/local/bin/k8s-adventure'], {}, 'k8s-adventure --resume'],
    ['under npm start', ['/usr/bin/node', '/repo/dist/cli.js'], { npm_lifecycle_event: 'start' }, 'npm start -- --resume'],
    ['by path from the checkout', ['/usr/bin/node', '/repo/dist/cli.js'], {}, 'node dist/cli.js --resume'],
    ['by path from elsewhere', ['/usr/bin/node', '/repo/dist/cli.js'], {}, 'node /repo/dist/cli.js --resume', '/home/me'],
    ['by a path with a space, quoted', ['/usr/bin/node', '/my repo/dist/cli.js'], {}, "node '/my repo/dist/cli.js' --resume", '/home/me'],
  ])('%s', (_name, argv, env, expected, cwd = '/repo') => {
    expect(resumeCommand(argv, env, cwd)).toBe(expected);
  });
});
