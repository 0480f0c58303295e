import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { GRAPH_VERSION } from '../../machines/index.ts';
import { readBounded, UnreadableError } from '../fs/read-bounded.ts';
import { replayTrail, type StoredStep } from './replay.ts';
import type { AnswerSource, Session } from './session.ts';
import { sanitize, sanitizeLine } from '../text/sanitize.ts';

const FORMAT = 'k8s-adventure-save';

/** A save is a few kilobytes: its trail has one step per node walked. */
export const SAVE_CAP = 1 << 20;

/** What is on disk: where the walk began and every step since, replayed on load. */
export interface SaveData {
  format: typeof FORMAT;
  graphVersion: number;
  savedAt: string;
  startAt: string;
  trail: StoredStep[];
}

export type LoadedSave =
  | { kind: 'none' }
  | { kind: 'ok'; session: Session; savedAt: string }
  /** Corrupt, or from another graph version: the file is kept, and the reason shown. */
  | { kind: 'unusable'; reason: string };

/** `$XDG_STATE_HOME/k8s-adventure/progress.json`, by default under `~/.local/state`. */
export function savePath(env: NodeJS.ProcessEnv): string {
  // The XDG spec says a relative value is invalid and must be ignored.
  const stateHome = env.XDG_STATE_HOME && isAbsolute(env.XDG_STATE_HOME) ? env.XDG_STATE_HOME : join(env.HOME || homedir(), '.local', 'state');
  return join(stateHome, 'k8s-adventure', 'progress.json');
}

const SOURCES: readonly AnswerSource[] = ['you', 'answers-file', 'probe'];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const optional = (value: unknown, check: (value: unknown) => boolean) => value === undefined || check(value);

/** A probe's note, as the report reads it: every field it prints is a string. */
type StoredNote = NonNullable<StoredStep['probe']>;

const probeNoteOk = (note: unknown): note is StoredNote =>
  isObject(note) && isString(note.id) && isString(note.status) && isString(note.observed) && optional(note.suggested, isString) &&
  Array.isArray(note.evidence) && note.evidence.every((item) => isObject(item) && isString(item.source) && isString(item.excerpt));

const stepOk = (step: unknown): step is StoredStep =>
  isObject(step) && isString(step.node) && optional(step.answer, isString) &&
  optional(step.by, (by) => SOURCES.includes(by as AnswerSource)) && optional(step.probe, probeNoteOk);

/** A probe's note came from a host and now from a file: its text is shown in reports, so it is sanitised here. */
const cleanNote = (note: StoredNote): StoredNote => ({
  ...note,
  id: sanitizeLine(note.id, 80),
  status: sanitizeLine(note.status, 40),
  observed: sanitize(note.observed),
  ...(note.suggested !== undefined ? { suggested: sanitizeLine(note.suggested, 80) } : {}),
  evidence: note.evidence.map((item) => ({ source: sanitizeLine(item.source, 200), excerpt: sanitize(item.excerpt) })),
});

function parse(text: string): SaveData {
  const data = JSON.parse(text) as unknown;
  if (!isObject(data) || data.format !== FORMAT) throw new Error('not a k8s-adventure save');
  if (data.graphVersion !== GRAPH_VERSION) {
    throw new Error(`it was saved by graph version ${sanitizeLine(String(data.graphVersion), 20)} and this is version ${GRAPH_VERSION}`);
  }
  if (!isString(data.startAt) || !Array.isArray(data.trail) || !data.trail.every(stepOk)) {
    throw new Error('its steps are malformed');
  }
  if (!isString(data.savedAt) || Number.isNaN(Date.parse(data.savedAt)) || !/^[\d:.TZ+-]+$/.test(data.savedAt)) {
    throw new Error('it has no time of saving');
  }
  const trail = data.trail.map((step) => (step.probe ? { ...step, probe: cleanNote(step.probe) } : step));
  return { format: FORMAT, graphVersion: GRAPH_VERSION, savedAt: data.savedAt, startAt: data.startAt, trail };
}

/**
 * Reads the save, if any. Never throws: a problem comes back as `unusable` with a reason for the user. Only a
 * regular file of at most SAVE_CAP bytes is read, so a save that is a FIFO cannot stop the UI from drawing and one
 * linked to /dev/zero cannot fill memory; either is unusable, kept, and moved aside on the next save.
 */
export async function loadSave(path: string): Promise<LoadedSave> {
  let text: string;
  try {
    ({ text } = await readBounded(path, { cap: SAVE_CAP, overCap: 'refuse' }));
  } catch (error) {
    if (error instanceof UnreadableError && error.code === 'missing') return { kind: 'none' };
    return { kind: 'unusable', reason: error instanceof UnreadableError ? error.reason : sanitizeLine(String(error), 200) };
  }
  return readSaveText(text);
}

/** A save's text, checked and replayed against the graph. Never throws. */
export function readSaveText(text: string): LoadedSave {
  try {
    const data = parse(text);
    return { kind: 'ok', session: replayTrail(data.startAt, data.trail), savedAt: data.savedAt };
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'it is not valid JSON' : (error as Error).message;
    // The reason can quote the file (a step's answer): it is shown on the terminal.
    return { kind: 'unusable', reason: sanitizeLine(reason, 200) };
  }
}

/**
 * Saves the session. An unusable save already there is moved aside first, never overwritten: the returned
 * path says where it went, so the user can be told.
 */
export async function writeSave(path: string, session: Session, now = new Date()): Promise<{ movedAside?: string }> {
  mkdirSync(dirname(path), { recursive: true });
  let movedAside: string | undefined;
  if ((await loadSave(path)).kind === 'unusable') {
    movedAside = path.replace(/\.json$/, `.unusable-${now.toISOString().replace(/[:.]/g, '-')}.json`);
    renameSync(path, movedAside);
  }
  const data: SaveData = { format: FORMAT, graphVersion: GRAPH_VERSION, savedAt: now.toISOString(), startAt: session.startAt, trail: [...session.trail] };
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(data, null, 2)}\n`);
  renameSync(temporary, path);
  return movedAside ? { movedAside } : {};
}
