import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { allPaths } from '../machines/index.ts';
import { ratioTo, spreadOf, timeInTerminal, timeProcess, type Ratio, type Spread } from './measure.ts';
import { playerSize } from './player-size.ts';
import { benchFleet } from './fleet.ts';
import { profileOnce } from './profile.ts';

/**
 * npm run bench [-- --node PATH ...] [--quick]: the issue's table (measure | now | target) for each Node binary
 * given (the one running this by default), every figure a median with its spread. With --profile, a CPU profile
 * of each start-up figure that missed its target, split by where the time went.
 */
const { values: flags } = parseArgs({
  options: { node: { type: 'string', multiple: true }, quick: { type: 'boolean', default: false }, profile: { type: 'boolean', default: false }, runs: { type: 'string', default: '15' } },
});
const nodes = (flags.node ?? [process.execPath]).map((path) => resolve(path));
const runs = Number(flags.runs);
const BIN = resolve(process.env.K8S_ADVENTURE_BIN ?? 'dist/cli.js');
const work = mkdtempSync(join(tmpdir(), 'k8s-bench-'));

interface Row {
  measure: string;
  now: string;
  target: string;
  met: boolean;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const spread = (s: Spread, unit = '×', digits = 2) => `${s.p25.toFixed(digits)}–${s.p75.toFixed(digits)}${unit} middle half, ${s.min.toFixed(digits)}–${s.max.toFixed(digits)}${unit} all ${s.runs}`;
const ratio = (r: Ratio) => `${r.ratio.toFixed(2)}× (${ms(r.ms)} vs ${ms(r.nodeMs)}; pairs ${spread(r.pairs)})`;

const longest = [...allPaths()].reduce((a, b) => (b.answers.length > a.answers.length ? b : a));
const answers = join(work, 'longest.json');
writeFileSync(answers, JSON.stringify(Object.fromEntries(longest.answers.map(({ question, choice }) => [question, choice]))));
const log = readFileSync('test/fixtures/logs/noisy-node.log', 'utf8').split('\n').filter(Boolean);
const bigLog = join(work, '100k.log');
writeFileSync(bigLog, `${Array.from({ length: 100_000 }, (_, i) => log[i % log.length]).join('\n')}\n`);

/** Peak RSS of one interactive run: walk to a doom and back, peek, quit. */
function peakRss(node: string, round: number): number {
  const rssFile = join(work, `rss-${round}`);
  const socket = `k8s-bench-rss-${process.pid}-${round}`;
  const command = `env -u CI -u NO_COLOR TERM=xterm-256color XDG_STATE_HOME=${work} /usr/bin/time -f %M -o ${rssFile}.tmp ${node} ${BIN} --no-probes --fresh; mv ${rssFile}.tmp ${rssFile}; sleep 30`;
  execFileSync('tmux', ['-L', socket, '-f', '/dev/null', 'new-session', '-d', '-x', '100', '-y', '30', command]);
  execFileSync('sleep', ['1.5']);
  for (const key of ['Enter', 'Down', 'Enter', '2', 'Enter', 'Enter', 'p', 'Enter', 'b', 'Space', 'q']) {
    execFileSync('tmux', ['-L', socket, 'send-keys', key]);
    execFileSync('sleep', ['0.15']);
  }
  for (let waited = 0; !existsSync(rssFile) && waited < 100; waited++) execFileSync('sleep', ['0.1']);
  spawnSync('tmux', ['-L', socket, 'kill-server']);
  return Number(readFileSync(rssFile, 'utf8').trim()) / 1024;
}

function benchOne(node: string): Row[] {
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  console.log(`\n# Node ${version} (${node})`);
  const rows: Row[] = [];
  const add = (measure: string, now: string, target: string, met: boolean) => {
    rows.push({ measure, now, target, met });
    console.log(`${met ? 'met   ' : 'MISSED'}  ${measure}: ${now} (target ${target})`);
  };
  const bare = () => timeProcess(node, ['-e', '0']);

  // 1. The first interactive frame, against bare node in the same terminal.
  const frame = ratioTo(
    () => timeInTerminal(`${node} -e 0`),
    () => timeInTerminal(`${node} ${BIN} --no-probes --fresh`, { K8S_ADVENTURE_EXIT_AFTER_FIRST_FRAME: '1', XDG_STATE_HOME: work }),
    Math.min(runs, 11),
  );
  add('first interactive frame (tmux, colour)', ratio(frame), '≤ 2.8×', frame.ratio <= 2.8);

  // 2. Headless run of the longest path.
  const run = ratioTo(bare, () => timeProcess(node, [BIN, 'run', '--answers', answers]), runs);
  add(`\`run\` of the longest path (${longest.answers.length} answers)`, ratio(run), '≤ 1.3×', run.ratio <= 1.3);

  // 3. doctor on a fixture host.
  const doctor = ratioTo(bare, () => timeProcess(node, [BIN, 'doctor', '--host-dir', 'test/fixtures/hosts/centos71-devicemapper-loopback']), runs);
  add('`doctor` on a fixture host', ratio(doctor), '≤ 1.4×', doctor.ratio <= 1.4);

  if (flags.profile) {
    if (frame.ratio > 2.8) console.log(`first frame, profiled:\n${profileOnce(node, [BIN, '--no-probes', '--fresh'], true, { K8S_ADVENTURE_EXIT_AFTER_FIRST_FRAME: '1', XDG_STATE_HOME: work })}`);
    if (run.ratio > 1.3) console.log(`run, profiled:\n${profileOnce(node, [BIN, 'run', '--answers', answers], false, {})}`);
    if (doctor.ratio > 1.4) console.log(`doctor, profiled:\n${profileOnce(node, [BIN, 'doctor', '--host-dir', 'test/fixtures/hosts/centos71-devicemapper-loopback'], false, {})}`);
  }

  // 4. Peak RSS of an interactive run.
  const rss = spreadOf(Array.from({ length: 3 }, (_, round) => peakRss(node, round)));
  add('peak RSS, interactive', `${rss.median.toFixed(0)} MB (${rss.min.toFixed(0)}–${rss.max.toFixed(0)} MB over ${rss.runs})`, '≤ 85 MB', rss.median <= 85);

  // 5. why over a 100,000-line log.
  const why = spreadOf(Array.from({ length: 5 }, () => timeProcess(node, [BIN, 'why', '--file', bigLog])));
  add('`why` over a 100,000-line log', `${(why.median / 1000).toFixed(2)} s (${(why.min / 1000).toFixed(2)}–${(why.max / 1000).toFixed(2)} s over ${why.runs})`, '< 1 s', why.median < 1000);

  // 6. The full test suite on this Node (slow: leave out with --quick). Every `node` a test starts is this one.
  if (!flags.quick) {
    const started = Date.now();
    const suite = spawnSync(node, ['node_modules/vitest/vitest.mjs', 'run'], {
      stdio: 'ignore',
      env: { ...process.env, CI: 'true', PATH: `${dirname(node)}:${process.env.PATH}` },
    });
    const seconds = (Date.now() - started) / 1000;
    add(`test suite, 2 cores${suite.status === 0 ? '' : ' (FAILED)'}`, `${seconds.toFixed(0)} s`, '≤ 60 s', suite.status === 0 && seconds <= 60);
  }
  return rows;
}

const tables: string[] = [];
for (const node of nodes) {
  const version = execFileSync(node, ['--version'], { encoding: 'utf8' }).trim();
  const rows = benchOne(node);
  tables.push(`Node ${version}\n\n| measure | now | target | |\n|---|---|---|---|\n${rows.map((row) => `| ${row.measure} | ${row.now} | ${row.target} | ${row.met ? 'met' : 'missed'} |`).join('\n')}`);
}

const { gzip } = await playerSize();
console.log(`\nbrowser player bundle: ${(gzip / 1024).toFixed(1)} KB gzip (target ≤ 60 KB gzip: ${gzip <= 60 * 1024 ? 'met' : 'MISSED'})`);

// fleet over generated captured hosts and over 10,000 results on standard input (bench/fleet.ts), on the first Node.
const fleetRows: Row[] = [];
await benchFleet(
  (measure, now, target, met) => {
    fleetRows.push({ measure, now, target, met });
    console.log(`${met ? 'met   ' : 'MISSED'}  ${measure}: ${now} (target ${target})`);
  },
  { node: nodes[0]!, bin: BIN, work },
);
tables.push(`fleet\n\n| measure | now | target | |\n|---|---|---|---|\n${fleetRows.map((row) => `| ${row.measure} | ${row.now} | ${row.target} | ${row.met ? 'met' : 'missed'} |`).join('\n')}`);
console.log(`\n${tables.join('\n\n')}`);
