import { writeSave } from './save-file.ts';
import type { Session } from './session.ts';

/**
 * Saves on the way out of the adventure and says so: where it went, and where an unusable save that was in the
 * way has been kept. Failing to save is told, never thrown, so quitting always works.
 */
export async function saveProgress(
  path: string,
  session: Session,
  say: { done: (line: string) => void; problem: (line: string) => void },
  resume = 'k8s-adventure --resume',
): Promise<void> {
  try {
    const { movedAside } = await writeSave(path, session);
    if (movedAside) say.problem(`k8s-adventure: the unusable save was kept as ${movedAside}\n`);
    say.done(`Progress saved to ${path}; '${resume}' picks it up.\n`);
  } catch (error) {
    say.problem(`k8s-adventure: could not save progress to ${path}: ${(error as Error).message}\n`);
  }
}
