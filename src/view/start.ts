import { START, type NodeId } from '../../machines/index.ts';
import { UsageError } from '../kit/usage-error.ts';
import { loadSave, type LoadedSave } from '../session/save-file.ts';
import { startSession, type Session } from '../session/session.ts';

export interface StartOptions {
  startAt?: NodeId;
  resume?: boolean;
  fresh?: boolean;
}

/** How an interactive walk begins: straight in, with an offer to resume, or with a notice about the save. */
export interface Start {
  fresh: Session;
  resume?: { session: Session; savedAt: string };
  /** Resume without asking (--resume). */
  resumeNow?: boolean;
  notice?: string;
}

/**
 * The flags against the save, read by the caller. A deep link or --fresh starts anew; --resume insists on a usable
 * save; with neither, a usable save is offered and an unusable one is explained and left alone.
 */
export function startOf(saved: LoadedSave, savePath: string, options: StartOptions): Start {
  const fresh = startSession(options.startAt ?? START);
  if (options.fresh || options.startAt) return { fresh };
  if (saved.kind === 'ok') {
    const resume = { session: saved.session, savedAt: saved.savedAt };
    return options.resume ? { fresh, resume, resumeNow: true } : { fresh, resume };
  }
  if (options.resume) {
    throw new UsageError(
      saved.kind === 'none'
        ? `no saved progress to resume (looked for ${savePath})`
        : `saved progress at ${savePath} cannot be resumed: ${saved.reason}; it is kept as it is`,
    );
  }
  if (saved.kind === 'unusable') {
    return { fresh, notice: `Saved progress at ${savePath} cannot be used (${saved.reason}). It is kept; starting fresh.` };
  }
  return { fresh };
}

/** The save read only when the flags leave it a say, then `startOf`: the one step of a start that touches the disk. */
export async function chooseStart(savePath: string, options: StartOptions): Promise<Start> {
  const ignored = (options.fresh || options.startAt) && !options.resume;
  return startOf(ignored ? { kind: 'none' } : await loadSave(savePath), savePath, options);
}

/** When a save was written, for people: `2026-11-25 11:23:34 UTC`. */
export const savedAtLabel = (savedAt: string): string => savedAt.replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
