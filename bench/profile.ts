import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Where a profile's samples fell, by kind: the CLI's bundle, Node's internals, GC, WebAssembly (yoga), the rest. */
export function summarize(profile: CpuProfile): { total: number; parts: [string, number][] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parts = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const { url, functionName } = byId.get(id)!.callFrame;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const kind = url.includes('/dist/') ? 'the CLI bundle' : url.startsWith('node:') ? "Node's internals (module loading)" : url.startsWith('wasm:') ? 'WebAssembly (yoga)' : functionName === '(garbage collector)' ? 'garbage collection' : 'other (native, idle)';
    parts.set(kind, (parts.get(kind) ?? 0) + ms);
    total += ms;
  });
  return { total, parts: [...parts].sort((a, b) => b[1] - a[1]) };
}

/** One CPU profile of a command, run in tmux when `terminal` (for the first frame), else with piped output. */
export function profileOnce(node: string, args: string[], terminal: boolean, env: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'k8s-prof-'));
  const prof = ['--cpu-prof', `--cpu-prof-dir=${dir}`];
  if (terminal) {
    const socket = `k8s-prof-${process.pid}`;
    const vars = Object.entries({ TERM: 'xterm-256color', ...env }).map(([key, value]) => `${key}='${value}'`).join(' ');
    execFileSync('tmux', ['-L', socket, '-f', '/dev/null', 'new-session', '-d', '-x', '100', '-y', '30', `env -u CI ${vars} ${node} ${prof.join(' ')} ${args.join(' ')}; touch ${dir}/done; sleep 30`]);
    for (let i = 0; i < 300 && !existsSync(join(dir, 'done')); i++) execFileSync('sleep', ['0.1']);
    spawnSync('tmux', ['-L', socket, 'kill-server']);
  } else {
    spawnSync(node, [...prof, ...args], { env: { ...process.env, ...env }, stdio: 'ignore' });
  }
  const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'));
  if (!file) return '  (no profile written)';
  const { total, parts } = summarize(JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile);
  return [`  ${total.toFixed(0)} ms sampled:`, ...parts.map(([kind, ms]) => `    ${ms.toFixed(0).padStart(5)} ms  ${kind}`)].join('\n');
}
