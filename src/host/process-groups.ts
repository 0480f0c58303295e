/**
 * Every probe command runs in a process group of its own, so a command that is a shell (a wrapper `docker`, a
 * script) is killed with everything it started: killing only its pid would leave a `sleep` or a hung client
 * behind with ppid 1. Groups still running when the process exits are killed then, however it exits.
 */
const running = new Set<number>();
let hooked = false;

export function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone: the group ended between the check and the kill.
  }
}

export function trackGroup(pid: number): () => void {
  if (!hooked) {
    hooked = true;
    process.once('exit', killAllGroups);
  }
  running.add(pid);
  return () => running.delete(pid);
}

/** Kills every probe command still running: at exit, or when the user interrupts. */
export function killAllGroups(): void {
  for (const pid of running) killGroup(pid);
  running.clear();
}

export const runningGroups = (): number => running.size;
