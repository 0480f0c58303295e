import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = 'dist/cli.js';
let count = 0;

const quote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;

/**
 * The real bin in a real terminal. Each test server has its own socket, so tests never touch a user's tmux.
 * CI=0 because Ink under CI=true draws only the last frame.
 */
export interface TerminalOptions {
  /** Send the bin's stderr to this file instead of the terminal. */
  stderrFile?: string;
}

export class Terminal {
  // Test files run in worker threads of one process, so the pid alone is shared: the thread and a count make it unique.
  private readonly socket = `k8s-adventure-test-${process.pid}-${threadId}-${++count}`;
  private readonly name = 'adventure';
  private readonly pidFile = join(mkdtempSync(join(tmpdir(), 'k8s-tmux-')), 'pid');

  /**
   * After the bin exits the pane shows `EXIT=<status>` and `TTY=<icanon|-icanon>`: whether the terminal was left in
   * cooked mode, as a shell needs it, or still raw.
   */
  constructor(args: string[], env: Record<string, string>, size = { width: 100, height: 30 }, options: TerminalOptions = {}) {
    const vars = Object.entries({ CI: '0', ...env }).map(([key, value]) => `${key}=${quote(value)}`).join(' ');
    // `exec` keeps the pid the shell wrote: the bin's own, for signals.
    const bin = `echo $$ > ${quote(this.pidFile)}; exec ${quote(process.execPath)} ${BIN} ${args.map(quote).join(' ')}${options.stderrFile ? ` 2>${quote(options.stderrFile)}` : ''}`;
    const command = `cd ${quote(ROOT)} && env ${vars} sh -c ${quote(bin)}; echo EXIT=$?; echo TTY=$(stty -a | grep -o -- '-\\?icanon'); sleep 600`;
    this.tmux('new-session', '-d', '-s', this.name, '-x', String(size.width), '-y', String(size.height), command);
  }

  /** The bin's process id. */
  pid(): number {
    return Number(readFileSync(this.pidFile, 'utf8'));
  }

  /** Sends a signal to the bin, as `kill` from another terminal would. */
  signal(name: NodeJS.Signals): void {
    process.kill(this.pid(), name);
  }

  private tmux(...args: string[]): string {
    return execFileSync('tmux', ['-L', this.socket, ...args], { encoding: 'utf8' });
  }

  /** One key per send-keys, as a person types. */
  async press(...keys: string[]): Promise<void> {
    for (const key of keys) {
      this.tmux('send-keys', '-t', this.name, key);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
  }

  /**
   * The visible screen. `joined` undoes tmux's own soft wrapping, so only lines the app broke stay broken;
   * `history` adds what scrolled off the top.
   */
  /** Types text as one paste, the way a terminal delivers pasted text. */
  type(text: string): void {
    this.tmux('send-keys', '-t', this.name, '-l', text);
  }

  screen({ joined = false, history = false } = {}): string {
    return this.tmux('capture-pane', '-p', ...(joined ? ['-J'] : []), ...(history ? ['-S', '-'] : []), '-t', this.name);
  }

  resize(width: number, height: number): void {
    this.tmux('resize-window', '-t', this.name, '-x', String(width), '-y', String(height));
  }

  async waitFor(check: string | ((screen: string) => boolean), { timeoutMs = 8000, joined = false, history = false } = {}): Promise<string> {
    const test = typeof check === 'string' ? (screen: string) => screen.includes(check) : check;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const screen = this.screen({ joined, history });
      if (test(screen)) return screen;
      if (Date.now() > deadline) throw new Error(`the terminal never showed ${String(check)}; it shows:\n${screen}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  close(): void {
    try {
      this.tmux('kill-server');
    } catch {
      // Already gone.
    }
  }
}
