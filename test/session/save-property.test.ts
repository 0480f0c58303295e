import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GRAPH_VERSION, nodes } from '../../machines/index.ts';
import { readContent } from '../../src/content/index.ts';
import { plainScreen } from '../../src/plain/plain-screen.ts';
import { reportMarkdown } from '../../src/report/report-markdown.ts';
import { atEnding, currentNode, proceed, readSaveText, startSession, take, type ProbeNote, type Session } from '../../src/session/index.ts';
import { menu } from '../../src/view/menu.ts';

const content = readContent();
const nodeIds = Object.keys(nodes);
const choiceIds = [...new Set(Object.values(nodes).flatMap((node) => (node.kind === 'question' ? node.choices.map((choice) => choice.id) : [])))];
// A tab is harmless; every other control character, and bidi and zero-width formatting, is not.
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\u200B-\u200F\uFEFF]/;

const hostile = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('\u001B]0;PWNED\u0007', '\u202E', '\u001B[2J'));
const anything = fc.oneof(hostile, fc.jsonValue({ maxDepth: 2 }));
const probeNote = fc.record(
  {
    id: fc.oneof(hostile, fc.constant('os-release')),
    status: fc.oneof(hostile, fc.constantFrom('pass', 'fail', 'warn')),
    observed: hostile,
    suggested: fc.oneof(hostile, fc.constantFrom(...choiceIds)),
    evidence: fc.oneof(fc.array(fc.record({ source: hostile, excerpt: hostile }), { maxLength: 3 }), anything),
  },
  { requiredKeys: [] },
);
const step = fc.record(
  { node: fc.oneof(fc.constantFrom(...nodeIds), anything), answer: fc.oneof(fc.constantFrom(...choiceIds), anything), by: fc.oneof(fc.constantFrom('you', 'probe', 'answers-file'), anything), probe: fc.oneof(probeNote, anything) },
  { requiredKeys: [] },
);
/** A real walk from the start, as the adventure would save it, with hostile notes and sources put on its steps. */
const walkedTrail = fc
  .tuple(
    fc.array(fc.nat(), { maxLength: 10 }),
    fc.array(fc.oneof({ arbitrary: fc.constant(null), weight: 2 }, { arbitrary: probeNote, weight: 3 }, { arbitrary: anything, weight: 1 }), { maxLength: 10 }),
    // Mostly none: one bad source makes the whole save unusable, and the notes are what is under test here.
    fc.array(fc.oneof({ arbitrary: fc.constant(null), weight: 12 }, { arbitrary: anything, weight: 1 }), { maxLength: 10 }),
  )
  .map(([picks, notes, sources]) => {
    let session = startSession();
    for (const pick of picks) {
      if (atEnding(session)) break;
      const node = currentNode(session);
      session = node.kind === 'question' ? take(session, node.choices[pick % node.choices.length]!.id) : proceed(session);
    }
    return session.trail.map((step, index) => ({
      ...step,
      ...(notes[index] != null ? { probe: notes[index] } : {}),
      ...(sources[index] != null ? { by: sources[index] } : {}),
    }));
  });

const envelope = (trail: unknown) => ({ format: 'k8s-adventure-save', graphVersion: GRAPH_VERSION, savedAt: '2026-11-25T10:00:00.000Z', startAt: 'start', trail });

/**
 * Saves from a real walk with hostile notes, through a valid envelope with one field broken, down to noise: what a
 * disk, a sync tool or a hand edit can leave behind.
 */
const saveText = fc.oneof(
  { arbitrary: walkedTrail.map((trail) => JSON.stringify(envelope(trail))), weight: 4 },
  {
    arbitrary: fc
      .tuple(fc.constantFrom('format', 'graphVersion', 'savedAt', 'startAt', 'trail'), fc.option(anything), fc.oneof(walkedTrail, fc.array(step, { maxLength: 4 })))
      .map(([field, value, trail]) => JSON.stringify({ ...envelope(trail), [field]: value ?? undefined })),
    weight: 2,
  },
  { arbitrary: fc.jsonValue().map((value) => JSON.stringify(value)), weight: 1 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 100 }), weight: 1 },
);

/** Everything the front ends do with a resumed walk: draw it, list its choices, report it. */
function useSession(session: Session, savedAt: string) {
  expect(typeof savedAt).toBe('string');
  plainScreen(session, content);
  menu(session, content);
  const report = reportMarkdown(session, content, { version: 'test' });
  expect(report).not.toMatch(UNSAFE);
}

describe('reading a save, property-based', () => {
  it('never throws: a save is usable, and then safe to draw and report, or unusable with one safe line', () => {
    fc.assert(
      fc.property(saveText, (text) => {
        const loaded = readSaveText(text);
        if (loaded.kind === 'ok') useSession(loaded.session, loaded.savedAt);
        else {
          expect(loaded.kind).toBe('unusable');
          if (loaded.kind === 'unusable') {
            expect(loaded.reason).not.toMatch(/\n/);
            expect(loaded.reason).not.toMatch(UNSAFE);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back every walk it wrote, with hostile probe notes made safe', () => {
    const note: ProbeNote = { id: 'os-release', status: 'pass', observed: 'CentOS\u001B]0;PWNED\u0007 7\u202E', suggested: 'centos-7', evidence: [{ source: '/etc/os-release', excerpt: 'NAME=\u001B[31mCentOS' }] };
    const session = take(take(startSession(), 'from-scratch'), 'centos-7', 'probe', note);
    const loaded = readSaveText(JSON.stringify({ format: 'k8s-adventure-save', graphVersion: GRAPH_VERSION, savedAt: '2026-11-25T10:00:00.000Z', startAt: 'start', trail: session.trail }));
    expect(loaded.kind).toBe('ok');
    if (loaded.kind !== 'ok') return;
    expect(currentNode(loaded.session).id).toBe(currentNode(session).id);
    expect(loaded.session.trail[1]!.probe!.observed).toBe('CentOS 7<U+202E>');
    useSession(loaded.session, loaded.savedAt);
  });
});
