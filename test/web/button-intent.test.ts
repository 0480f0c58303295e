import { describe, expect, it } from 'vitest';
import { buttonIntent } from '../../src/web/button-intent.ts';

describe("the player's buttons", () => {
  it.each([
    ['choose', 'overlay', { type: 'take', choice: 'overlay' }],
    ['continue', undefined, { type: 'continue' }],
    ['restart', undefined, { type: 'restart' }],
    ['peek', undefined, { type: 'peek' }],
    ['back', undefined, { type: 'back' }],
    ['way-back', undefined, { type: 'back' }],
    ['way-back', 'overlay-centos-release', { type: 'back', fork: 'overlay-centos-release' }],
  ])('%s stands for an intent', (action, choice, intent) => {
    expect(buttonIntent(action, choice)).toEqual(intent);
  });

  it('stands for nothing with an unknown action, or a choose without its choice', () => {
    expect(buttonIntent('delete-everything')).toBeUndefined();
    expect(buttonIntent('choose')).toBeUndefined();
    expect(buttonIntent('choose', '')).toBeUndefined();
  });
});
