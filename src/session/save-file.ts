import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { GRAPH_VERSION, isNodeId } from '../../machines/index.ts';
import { replayTrail } from './replay.ts';
import type { AnswerSource, Session, TrailStep } from './session.ts';

const FORMAT = 'k8s-adventure-save';

/** What is on disk: where the walk began and every step since, replayed on load. */
export interface SaveData {
  format: typeof FORMAT;
  graphVersion: number;
  savedAt: string;
  startAt: string;
  trail: TrailStep[];
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

function parse(text: string): SaveData {
  const data = JSON.parse(text) as Partial<SaveData> | null;
  if (typeof data !== 'object' || data === null || data.format !== FORMAT) throw new Error('not a k8s-adventure save');
  if (data.graphVersion !== GRAPH_VERSION) {
    throw new Error(`it was saved by graph version ${String(data.graphVersion)} and this is version ${GRAPH_VERSION}`);
  }
  const stepOk = (s: unknown): s is TrailStep =>
    typeof s === 'object' && s !== null && typeof (s as TrailStep).node === 'string' &&
    ((s as TrailStep).answer === undefined || typeof (s as TrailStep).answer === 'string') &&
    ((s as TrailStep).by === undefined || SOURCES.includes((s as TrailStep).by!));
  if (typeof data.startAt !== 'string' || !isNodeId(data.startAt) || !Array.isArray(data.trail) || !data.trail.every(stepOk)) {
    throw new Error('its steps are malformed');
  }
  return data as SaveData;
}

/** Reads the save, if any. Never throws: a problem comes back as `unusable` with a reason for the user. */
export function loadSave(path: string): LoadedSave {
  if (!existsSync(path)) return { kind: 'none' };
  try {
    const data = parse(readFileSync(path, 'utf8'));
    return { kind: 'ok', session: replayTrail(data.startAt, data.trail), savedAt: data.savedAt };
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'it is not valid JSON' : (error as Error).message;
    return { kind: 'unusable', reason };
  }
}

/**
 * Saves the session. An unusable save already there is moved aside first, never overwritten: the returned
 * path says where it went, so the user can be told.
 */
export function writeSave(path: string, session: Session, now = new Date()): { movedAside?: string } {
  mkdirSync(dirname(path), { recursive: true });
  let movedAside: string | undefined;
  if (loadSave(path).kind === 'unusable') {
    movedAside = path.replace(/\.json$/, `.unusable-${now.toISOString().replace(/[:.]/g, '-')}.json`);
    renameSync(path, movedAside);
  }
  const data: SaveData = { format: FORMAT, graphVersion: GRAPH_VERSION, savedAt: now.toISOString(), startAt: session.startAt, trail: [...session.trail] };
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(data, null, 2)}\n`);
  renameSync(temporary, path);
  return movedAside ? { movedAside } : {};
}
