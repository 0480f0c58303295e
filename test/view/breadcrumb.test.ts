import { describe, expect, it } from 'vitest';
import { proceed, startSession, take } from '../../src/session/index.ts';
import { breadcrumb } from '../../src/view/breadcrumb.ts';

describe('the breadcrumb', () => {
  it('names the prologue alone at the start', () => {
    expect(breadcrumb(startSession(), 80)).toEqual({ chapters: 'Prologue', forks: '' });
  });

  it('lists the chapters walked once each, in order, and the forks taken', () => {
    const session = proceed(take(take(startSession(), 'from-scratch'), 'debian-ubuntu'));
    const crumb = breadcrumb(session, Number.POSITIVE_INFINITY);
    expect(crumb.forks).toBe('start=from-scratch · host-os=debian-ubuntu');
    expect(crumb.chapters.split(' › ').length).toBeGreaterThanOrEqual(2);
    expect(new Set(crumb.chapters.split(' › ')).size).toBe(crumb.chapters.split(' › ').length);
    expect(crumb.chapters).not.toContain('Prologue');
  });

  it('keeps the end of a line too wide for the terminal', () => {
    const session = take(take(startSession(), 'from-scratch'), 'debian-ubuntu');
    const crumb = breadcrumb(session, 20);
    expect(crumb.forks).toHaveLength(20);
    expect(crumb.forks).toBe(`…${'host-os=debian-ubuntu'.slice(-19)}`);
  });
});
