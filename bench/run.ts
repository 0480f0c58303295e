import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { allPaths } from '../machines/index.ts';
import { median, ratioToNode, timeInTerminal, timeProcess } from './measure.ts';
import { playerSize } from './player-size.ts';
import { benchFleet } from './fleet.ts';

const BIN = resolve(process.env.K8S_ADVENTURE_BIN ?? 'dist/cli.js');
const node = process.execPath;
const work = mkdtempSync(join(tmpdir(), 'k8s-bench-'));
const rows: { measure: string; figure: string; target: string; met: boolean }[] = [];
const add = (measure: string, figure: string, target: string, met: boolean) => {
  rows.push({ measure, figure, target, met });
  console.log(`${met ? 'met   ' : 'MISSED'}  ${measure}: ${figure} (target ${target})`);
};
const ratio = (r: { ratio: number; ms: number; nodeMs: number }) => `${r.ratio.toFixed(2)}× (${r.ms.toFixed(0)} ms vs ${r.nodeMs.toFixed(0)} ms)`;

// 1. Time to the first interactive frame in a real terminal.
const frame = ratioToNode(() => timeInTerminal(`${node} ${BIN} --no-probes --fresh`, { K8S_ADVENTURE_EXIT_AFTER_FIRST_FRAME: '1', XDG_STATE_HOME: work }), 11);
const bareInTerminal = median(Array.from({ length: 11 }, () => timeInTerminal(`${node} -e 0`)));
const frameRatio = { ratio: frame.ms / bareInTerminal, ms: frame.ms, nodeMs: bareInTerminal };
add('first interactive frame (tmux)', ratio(frameRatio), '≤ 2.0×', frameRatio.ratio <= 2);

// 2. Headless run of the longest path.
const longest = [...allPaths()].reduce((a, b) => (b.answers.length > a.answers.length ? b : a));
const answers = join(work, 'longest.json');
writeFileSync(answers, JSON.stringify(Object.fromEntries(longest.answers.map(({ question, choice }) => [question, choice]))));
const run = ratioToNode(() => timeProcess(node, [BIN, 'run', '--answers', answers]));
add(`headless run of the longest path (${longest.answers.length} answers)`, ratio(run), '≤ 1.5×', run.ratio <= 1.5);

// 3. doctor on a fixture host.
const doctor = ratioToNode(() => timeProcess(node, [BIN, 'doctor', '--host-dir', 'test/fixtures/hosts/centos71-devicemapper-loopback']));
add('doctor on a fixture host', ratio(doctor), '≤ 2.5×', doctor.ratio <= 2.5);

// 4. why over a 100,000-line log.
const log = readFileSync('test/fixtures/logs/noisy-node.log', 'utf8').split('\n').filter(Boolean);
const big = join(work, '100k.log');
writeFileSync(big, `${Array.from({ length: 100_000 }, (_, i) => log[i % log.length]).join('\n')}\n`);
const why = median(Array.from({ length: 5 }, () => timeProcess(node, [BIN, 'why', '--file', big])));
add('why over a 100,000-line log', `${(why / 1000).toFixed(2)} s`, '< 1 s', why < 1000);

// 5. Peak RSS of an interactive run: walk to a doom and back, peek, quit.
const rssFile = join(work, 'rss');
const socket = `k8s-bench-rss-${process.pid}`;
execFileSync('tmux', ['-L', socket, 'new-session', '-d', '-x', '100', '-y', '30', `CI=0 XDG_STATE_HOME=${work} /usr/bin/time -f %M -o ${rssFile}.tmp ${node} ${BIN} --no-probes --fresh; mv ${rssFile}.tmp ${rssFile}; sleep 30`]);
execFileSync('sleep', ['1.5']);
for (const key of ['Enter', 'Down', 'Enter', '2', 'Enter', 'Enter', 'p', 'Enter', 'b', 'Space', 'q']) {
  execFileSync('tmux', ['-L', socket, 'send-keys', key]);
  execFileSync('sleep', ['0.15']);
}
for (let waited = 0; !existsSync(rssFile) && waited < 100; waited++) execFileSync('sleep', ['0.1']);
spawnSync('tmux', ['-L', socket, 'kill-server']);
const rssMb = Number(readFileSync(rssFile, 'utf8').trim()) / 1024;
add('peak RSS of an interactive run', `${rssMb.toFixed(0)} MB`, '≤ 100 MB', rssMb <= 100);

// 6. The browser player bundle.
const { gzip } = await playerSize();
add('browser player bundle', `${(gzip / 1024).toFixed(1)} KB gzip`, '≤ 60 KB gzip', gzip <= 60 * 1024);

// fleet over generated captured hosts and over 10,000 results on standard input (bench/fleet.ts).
await benchFleet(add, { node, bin: BIN, work });

// 7. The full test suite (slow: skip with --quick).
if (!process.argv.includes('--quick')) {
  const started = Date.now();
  spawnSync('npx', ['vitest', 'run'], { stdio: 'ignore', env: { ...process.env, CI: 'true' } });
  const seconds = (Date.now() - started) / 1000;
  add('full test suite (vitest, 2 cores)', `${seconds.toFixed(0)} s`, '≤ 60 s', seconds <= 60);
}

console.log(`\n| measure | figure | target |\n|---|---|---|\n${rows.map((row) => `| ${row.measure} | ${row.figure} | ${row.target} |`).join('\n')}`);
