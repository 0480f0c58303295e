import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GRAPH_VERSION } from '../../machines/index.ts';
import { currentNode, loadSave, proceed, savePath, startSession, take, writeSave } from '../../src/session/index.ts';

const tempPath = () => join(mkdtempSync(join(tmpdir(), 'k8s-save-')), 'k8s-adventure', 'progress.json');

describe('savePath', () => {
  it('follows XDG_STATE_HOME, and ~/.local/state without it', async () => {
    expect(savePath({ XDG_STATE_HOME: '/srv/state', HOME: '/home/a' })).toBe('/srv/state/k8s-adventure/progress.json');
    expect(savePath({ HOME: '/home/a' })).toBe('/home/a/.local/state/k8s-adventure/progress.json');
    expect(savePath({ XDG_STATE_HOME: 'relative/ignored', HOME: '/home/a' })).toBe('/home/a/.local/state/k8s-adventure/progress.json');
  });
});

describe('save and resume', () => {
  it('round-trips a walk, forks included, so back works after resuming', async () => {
    const path = tempPath();
    const session = take(proceed(take(take(startSession(), 'from-scratch'), 'centos-7', 'you')), 'overlay');
    await writeSave(path, take(take(startSession(), 'from-scratch'), 'centos-7'));
    await writeSave(path, session);
    const loaded = await loadSave(path);
    expect(loaded.kind).toBe('ok');
    if (loaded.kind !== 'ok') return;
    expect(currentNode(loaded.session).id).toBe(currentNode(session).id);
    expect(loaded.session.trail).toEqual(session.trail);
    expect(loaded.session.forks.length).toBe(session.forks.length);
  });

  it('reports no save when there is none', async () => {
    expect(await loadSave(tempPath())).toEqual({ kind: 'none' });
  });

  it.each([
    ['corrupt JSON', '{"format": "k8s-adv', /not valid JSON/],
    ['another file', '{"hello": 1}', /not a k8s-adventure save/],
    // A save from before the last bump (issue 11 moved the reboot and the CentOS release question) is refused.
    ['another graph version', JSON.stringify({ format: 'k8s-adventure-save', graphVersion: GRAPH_VERSION - 1, startAt: 'start', trail: [] }), new RegExp(`saved by graph version ${GRAPH_VERSION - 1} and this is version ${GRAPH_VERSION}`)],
    ['a step the graph no longer has', JSON.stringify({ format: 'k8s-adventure-save', graphVersion: GRAPH_VERSION, savedAt: '2026-01-01T00:00:00.000Z', startAt: 'start', trail: [{ node: 'start', answer: 'teleport' }] }), /step 1 takes 'teleport'/],
    ['a start the graph does not have', JSON.stringify({ format: 'k8s-adventure-save', graphVersion: GRAPH_VERSION, savedAt: '2026-01-01T00:00:00.000Z', startAt: 'atlantis', trail: [] }), /starts at 'atlantis', which is no node/],
    [
      'a probe note suggesting a choice the question lacks',
      JSON.stringify({
        format: 'k8s-adventure-save',
        graphVersion: GRAPH_VERSION,
        savedAt: '2026-01-01T00:00:00.000Z',
        startAt: 'start',
        trail: [{ node: 'start', answer: 'from-scratch', by: 'probe', probe: { id: 'os-release', status: 'pass', observed: 'x', suggested: 'teleport', evidence: [] } }],
      }),
      /probe suggests 'teleport'/,
    ],
  ])('explains %s and keeps the file', async (_, text, reason) => {
    const path = tempPath();
    await writeSave(path, startSession());
    writeFileSync(path, text);
    const loaded = await loadSave(path);
    expect(loaded.kind).toBe('unusable');
    expect(loaded.kind === 'unusable' && loaded.reason).toMatch(reason);
    expect(readFileSync(path, 'utf8')).toBe(text);
  });

  it('moves an unusable save aside instead of writing over it', async () => {
    const path = tempPath();
    await writeSave(path, startSession());
    writeFileSync(path, 'garbage');
    const { movedAside } = await writeSave(path, take(startSession(), 'from-scratch'));
    expect(movedAside).toMatch(/progress\.unusable-.*\.json$/);
    expect(readFileSync(movedAside!, 'utf8')).toBe('garbage');
    expect((await loadSave(path)).kind).toBe('ok');
    expect(readdirSync(join(path, '..')).sort()).toEqual(['progress.json', movedAside!.split('/').at(-1)].sort());
  });
});
