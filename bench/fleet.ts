import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateFleet } from '../scripts/generate-fleet.ts';

type Add = (measure: string, figure: string, target: string, met: boolean) => void;

/** Wall time and peak RSS of one CLI run (GNU time's %M), standard input from a file when given. */
function timeAndRss(node: string, bin: string, args: string[], stdinFile?: string): { seconds: number; rssMb: number; cpu: number } {
  const input = stdinFile ? openSync(stdinFile, 'r') : 'ignore';
  const started = process.hrtime.bigint();
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S %M', node, bin, ...args], { stdio: [input, 'ignore', 'pipe'], encoding: 'utf8' });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (typeof input === 'number') closeSync(input);
  const [, user, system, kb] = /([\d.]+) ([\d.]+) (\d+)\s*$/.exec(result.stderr) ?? [];
  if (kb === undefined) throw new Error(`no figures from /usr/bin/time: ${result.stderr.slice(-200)}`);
  // CPU time beside wall time: on a shared machine the wall time says as much about the neighbours as about fleet.
  return { seconds, rssMb: Number(kb) / 1024, cpu: Number(user) + Number(system) };
}

/**
 * `fleet` at the sizes issue 17 sets: over 100, 300 and 1,000 generated captured hosts (time, peak RSS, and how
 * both grow), and over 10,000 doctor results as kubectl logs on standard input, with 2,500 beside it to show the
 * memory does not grow with the nodes beyond the summary.
 */
export async function benchFleet(add: Add, { node, bin, work }: { node: string; bin: string; work: string }): Promise<void> {
  const sizes = [100, 300, 1000];
  const runs = sizes.map((count) => {
    const dir = join(work, `fleet-${count}`);
    generateFleet(dir, count);
    return { count, ...timeAndRss(node, bin, ['fleet', '--captures', dir, '--json']) };
  });
  for (const run of runs) {
    const target = run.count === 1000 ? '≤ 60 s, ≤ 400 MB' : 'linear';
    add(`fleet --captures over ${run.count} hosts`, `${run.seconds.toFixed(1)} s (CPU ${run.cpu.toFixed(1)} s), ${run.rssMb.toFixed(0)} MB (${((run.seconds / run.count) * 1000).toFixed(0)} ms a host)`, target, run.count !== 1000 || (run.seconds <= 60 && run.rssMb <= 400));
  }
  const [small, , large] = runs;
  const growth = large!.seconds / large!.count / (small!.seconds / small!.count);
  add('fleet --captures time a host, 1,000 vs 100', `${growth.toFixed(2)}×`, '≈ 1× (linear)', growth <= 1.3);

  // kubectl logs --prefix: each fixture's doctor JSON on one line, under pod names that never repeat.
  const fixtures = ['healthy-centos72-overlay', 'centos71-devicemapper-loopback', 'k8s14-no-loopback', 'bridge-nf-zero', 'sos33-centos73-healthy'];
  const lines = fixtures.map((fixture) => {
    const out = spawnSync(node, [bin, 'doctor', '--json', '--host-dir', `test/fixtures/hosts/${fixture}`], { encoding: 'utf8' }).stdout;
    return JSON.stringify(JSON.parse(out));
  });
  const logs = (count: number) => {
    const file = join(work, `logs-${count}.txt`);
    writeFileSync(file, Array.from({ length: count }, (_, i) => `[pod/k8s-adventure-doctor-${i.toString(36).padStart(5, '0')}/result] ${lines[i % lines.length]}\n`).join(''));
    return file;
  };
  const quarter = timeAndRss(node, bin, ['fleet', '-', '--json'], logs(2500));
  const full = timeAndRss(node, bin, ['fleet', '-', '--json'], logs(10_000));
  const size = readFileSync(join(work, 'logs-10000.txt')).length / (1 << 20);
  add(`fleet - over 10,000 doctor results (${size.toFixed(0)} MB of kubectl logs)`, `${full.seconds.toFixed(2)} s (CPU ${full.cpu.toFixed(1)} s), ${full.rssMb.toFixed(0)} MB (2,500: ${quarter.seconds.toFixed(2)} s, ${quarter.rssMb.toFixed(0)} MB)`, '≤ 5 s, memory flat', full.seconds <= 5 && full.rssMb <= quarter.rssMb * 1.25);
}

// On its own: npx tsx bench/fleet.ts (after npm run build).
if (import.meta.url === `file://${process.argv[1]}`) {
  const { mkdtempSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const work = mkdtempSync(join(tmpdir(), 'k8s-bench-fleet-'));
  mkdirSync(work, { recursive: true });
  await benchFleet((measure, figure, target, met) => console.log(`${met ? 'met   ' : 'MISSED'}  ${measure}: ${figure} (target ${target})`), { node: process.execPath, bin: 'dist/cli.js', work });
}
