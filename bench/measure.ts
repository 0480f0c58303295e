import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Wall time of one process, in milliseconds. */
export function timeProcess(command: string, args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { input: options.input ?? '', env: { ...process.env, ...options.env }, stdio: ['pipe', 'ignore', 'ignore'] });
  if (result.error) throw result.error;
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * A command against bare `node -e 0`, runs alternating so both see the same machine load, medians compared.
 * The ratio is the figure: absolute times on a shared machine mean little.
 */
export function ratioToNode(run: () => number, runs = 15): { ratio: number; ms: number; nodeMs: number } {
  const ours: number[] = [];
  const bare: number[] = [];
  run();
  timeProcess(process.execPath, ['-e', '0']);
  for (let i = 0; i < runs; i++) {
    bare.push(timeProcess(process.execPath, ['-e', '0']));
    ours.push(run());
  }
  const ms = median(ours);
  const nodeMs = median(bare);
  return { ratio: ms / nodeMs, ms, nodeMs };
}

/**
 * Wall time of a command inside a real terminal (tmux), measured by the shell around it, so a TTY is present
 * and Ink draws a real frame.
 */
let sockets = 0;

export function timeInTerminal(commandLine: string, env: Record<string, string> = {}): number {
  const dir = mkdtempSync(join(tmpdir(), 'k8s-bench-'));
  const out = join(dir, 'ms');
  // A fresh server each time: reusing a socket right after kill-server races the old server's exit.
  const socket = `k8s-bench-${process.pid}-${++sockets}`;
  const vars = Object.entries({ CI: '0', ...env }).map(([key, value]) => `${key}='${value}'`).join(' ');
  // Output stays on the terminal: redirected, the app would rightly fall back to plain mode and wait for input.
  const script = `s=$(date +%s%N); env ${vars} ${commandLine}; e=$(date +%s%N); echo $(( (e - s) / 1000 )) > ${out}.tmp; mv ${out}.tmp ${out}; sleep 30`;
  execFileSync('tmux', ['-L', socket, 'new-session', '-d', '-x', '100', '-y', '30', script]);
  // Poll for the result: the shell writes it atomically when the command is done.
  const deadline = Date.now() + 30_000;
  while (!existsSync(out)) {
    if (Date.now() > deadline) throw new Error(`no timing from the terminal for: ${commandLine}\n${spawnSync('tmux', ['-L', socket, 'capture-pane', '-p'], { encoding: 'utf8' }).stdout}`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
  }
  spawnSync('tmux', ['-L', socket, 'kill-server']);
  const micros = Number(readFileSync(out, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  return micros / 1000;
}
