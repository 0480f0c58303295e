import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const sorted = (values: number[]) => [...values].sort((a, b) => a - b);

/** The value at fraction `p` of the sorted values, interpolated between neighbours. */
export function quantile(values: number[], p: number): number {
  const s = sorted(values);
  const at = (s.length - 1) * p;
  const low = Math.floor(at);
  return s[low]! + (s[Math.min(low + 1, s.length - 1)]! - s[low]!) * (at - low);
}

export const median = (values: number[]): number => quantile(values, 0.5);

/** A figure's median with its spread: the middle half of the runs (p25–p75), and every run (min–max). */
export interface Spread {
  median: number;
  p25: number;
  p75: number;
  min: number;
  max: number;
  runs: number;
}

export const spreadOf = (values: number[]): Spread => ({
  median: median(values),
  p25: quantile(values, 0.25),
  p75: quantile(values, 0.75),
  min: Math.min(...values),
  max: Math.max(...values),
  runs: values.length,
});

/** Wall time of one process, in milliseconds. */
export function timeProcess(command: string, args: string[], options: { input?: string; env?: NodeJS.ProcessEnv } = {}): number {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, args, { input: options.input ?? '', env: { ...process.env, ...options.env }, stdio: ['pipe', 'ignore', 'ignore'] });
  if (result.error) throw result.error;
  return Number(process.hrtime.bigint() - started) / 1e6;
}

export interface Ratio {
  /** Median of ours over median of bare node. */
  ratio: number;
  ms: number;
  nodeMs: number;
  /** Each pair's own ratio (ours over the bare run just before it): its spread says how steady the figure is. */
  pairs: Spread;
}

/**
 * A command against bare `node -e 0` (the same binary), runs alternating so both see the same machine load,
 * medians compared. The ratio is the figure: absolute times on a shared machine mean little.
 */
export function ratioTo(bare: () => number, ours: () => number, runs = 15): Ratio {
  const oursMs: number[] = [];
  const bareMs: number[] = [];
  const pairs: number[] = [];
  // One of each first, not counted: the page cache and the code cache are warm for every counted run.
  ours();
  bare();
  for (let i = 0; i < runs; i++) {
    const b = bare();
    const o = ours();
    bareMs.push(b);
    oursMs.push(o);
    pairs.push(o / b);
  }
  const ms = median(oursMs);
  const nodeMs = median(bareMs);
  return { ratio: ms / nodeMs, ms, nodeMs, pairs: spreadOf(pairs) };
}

let sockets = 0;

/**
 * Wall time of a command inside a real terminal (tmux), measured by the shell around it, so a TTY is present
 * and Ink draws a real frame. The command runs with `CI` unset (Ink draws only a last frame under CI, and
 * supports-color treats even `CI=0` as CI, so colour would be off) and a 256-colour TERM: the frame a user gets.
 */
export function timeInTerminal(commandLine: string, env: Record<string, string> = {}): number {
  const dir = mkdtempSync(join(tmpdir(), 'k8s-bench-'));
  const out = join(dir, 'ms');
  // A fresh server each time: reusing a socket right after kill-server races the old server's exit.
  const socket = `k8s-bench-${process.pid}-${++sockets}`;
  const vars = Object.entries({ TERM: 'xterm-256color', ...env }).map(([key, value]) => `${key}='${value}'`).join(' ');
  // Output stays on the terminal: redirected, the app would rightly fall back to plain mode and wait for input.
  const script = `s=$(date +%s%N); env -u CI -u NO_COLOR -u FORCE_COLOR ${vars} ${commandLine}; e=$(date +%s%N); echo $(( (e - s) / 1000 )) > ${out}.tmp; mv ${out}.tmp ${out}; sleep 30`;
  execFileSync('tmux', ['-L', socket, '-f', '/dev/null', 'new-session', '-d', '-x', '100', '-y', '30', script]);
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
