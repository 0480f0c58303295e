import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.ts';
import { fixtureDir } from '../helpers/fixtures.ts';
import { runCli } from '../helpers/run-cli.ts';

const HEALTHY = ['healthy-centos72-overlay', 'sos33-centos73-healthy'];
const BROKEN = ['centos71-devicemapper-loopback', 'k8s14-no-loopback'];
const work = mkdtempSync(join(tmpdir(), 'k8s-adventure-fleet-'));
const results = join(work, 'results');
const json = new Map<string, string>();

beforeAll(async () => {
  mkdirSync(results);
  for (const name of [...HEALTHY, ...BROKEN]) {
    const { stdout } = await runCli(['doctor', '--json', '--host-dir', fixtureDir(name)]);
    json.set(name, stdout);
    writeFileSync(join(results, `${name}.json`), stdout);
  }
  // A node whose result was cut off, one that is not doctor output, and a file that is not for fleet at all.
  writeFileSync(join(results, 'cut-short.json'), json.get(BROKEN[0]!)!.slice(0, 500));
  writeFileSync(join(results, 'kubectl-error.json'), 'Error from server (NotFound): pods "k8s-adventure-doctor-x" not found\n');
  writeFileSync(join(results, 'README.md'), '# not a result\n');
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const oneLine = (text: string) => JSON.stringify(JSON.parse(text));

describe('fleet DIR: a directory of doctor JSON files', () => {
  it('names the broken nodes, root cause first, the healthy ones apart, and every node without a result', async () => {
    const { code, stdout, stderr } = await runCli(['fleet', results]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^k8s-adventure fleet: 6 nodes, 3 with problems, 2 without a usable result\n/);
    const problems = stdout.split('\n').filter((line) => /^ {2}[✗!] /.test(line)).map((line) => line.split(/\s{2,}/)[2]);
    // The CentOS release constrains the storage driver: the walk asks it first, so it is the likelier root.
    expect(problems.indexOf('centos-release')).toBeLessThan(problems.indexOf('docker-storage-driver'));
    expect(problems.indexOf('docker-storage-driver')).toBeLessThan(problems.indexOf('cni-loopback-binary'));
    expect(stdout).toMatch(/✗ fail {2}cni-loopback-binary +1 node {2}k8s14-no-loopback\n +→ k8s-adventure --start-at cni-loopback-missing-doom/);
    expect(stdout).toContain('1 node (sos33-centos73-healthy): no problems');
    expect(stdout).toContain('cut-short: truncated: the doctor output stops part way');
    expect(stdout).toMatch(/kubectl-error: unparseable: not doctor JSON/);
    expect(stdout).not.toContain('README');
  });

  it('exits 0 when nothing failed on any node', async () => {
    const healthy = join(work, 'healthy');
    mkdirSync(healthy);
    for (const name of HEALTHY) writeFileSync(join(healthy, `${name}.json`), json.get(name)!);
    const { code, stdout } = await runCli(['fleet', healthy]);
    expect(stdout).toMatch(/2 nodes, \d with problems, 0 without a usable result/);
    expect(code).toBe(0);
  });

  it('lists a result file it cannot read, and never opens a FIFO', async () => {
    const odd = join(work, 'odd');
    mkdirSync(odd);
    writeFileSync(join(odd, 'ok.json'), json.get(HEALTHY[0]!)!);
    execFileSync('mkfifo', [join(odd, 'fifo.json')]);
    const { code, stdout } = await runCli(['fleet', odd]);
    expect(code).toBe(1);
    expect(stdout).toContain('fifo: unreadable: fifo.json: it is a FIFO');
  });
});

describe('fleet -: kubectl logs --prefix on standard input', () => {
  it('reads one node per line, names it by its pod unless doctor named the node, and lists lines that are not results', async () => {
    const named = JSON.parse(json.get(BROKEN[1]!)!);
    named.host.node = 'ip-10-0-1-17.ec2.internal';
    const input = [
      `[pod/k8s-adventure-doctor-7xk2p/result] ${oneLine(json.get(HEALTHY[0]!)!)}`,
      `[pod/k8s-adventure-doctor-9dq4z/result] ${oneLine(json.get(BROKEN[0]!)!)}`,
      `[pod/k8s-adventure-doctor-b2m8c/result] ${JSON.stringify(named)}`,
      `[pod/k8s-adventure-doctor-zz9kq/result] ${oneLine(json.get(BROKEN[0]!)!).slice(0, 300)}`,
      'error: a container name must be specified for pod k8s-adventure-doctor-q1w2e',
      '',
    ].join('\n');
    const { code, stdout } = await runCli(['fleet', '-', '--json'], input);
    expect(code).toBe(1);
    const fleet = JSON.parse(stdout);
    expect(fleet.summary).toEqual({ nodes: 5, withProblems: 3, withoutResult: 2 });
    expect(fleet.problems.find((problem: { probe: string }) => problem.probe === 'cni-loopback-binary')).toMatchObject({ count: 1, nodes: ['ip-10-0-1-17.ec2.internal'], node: 'cni-loopback-missing-doom' });
    expect(fleet.problems[0]).toMatchObject({ probe: 'centos-release', nodes: ['k8s-adventure-doctor-9dq4z'] });
    expect(fleet.gaps).toEqual([
      { name: 'k8s-adventure-doctor-zz9kq', kind: 'truncated', reason: 'the doctor output stops part way' },
      { name: 'line 5', kind: 'unparseable', reason: expect.stringMatching(/^not doctor JSON/) },
    ]);
  });
});

describe('fleet --captures DIR: doctor on every captured host and sos report', () => {
  it('probes each one in-process and gives the verdicts doctor --host-dir gives', async () => {
    const captures = join(work, 'captures');
    mkdirSync(captures);
    for (const name of [...HEALTHY, BROKEN[0]!]) symlinkSync(fixtureDir(name), join(captures, name));
    writeFileSync(join(captures, 'sosreport-node9.tar.xz'), '');
    const { code, stdout, stderr } = await runCli(['fleet', '--captures', captures, '--jobs', '2', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const fleet = JSON.parse(stdout);
    const fromDoctor = JSON.parse(json.get(BROKEN[0]!)!).results.filter((result: { status: string }) => result.status === 'fail').map((result: { id: string }) => result.id);
    const fromFleet = fleet.problems.filter((problem: { status: string; nodes: string[] }) => problem.status === 'fail' && problem.nodes.includes(BROKEN[0]!)).map((problem: { probe: string }) => problem.probe);
    expect(fromFleet.sort()).toEqual(fromDoctor.sort());
    expect(fleet.gaps).toEqual([{ name: 'sosreport-node9.tar.xz', kind: 'unreadable', reason: expect.stringMatching(/^not a directory/) }]);
  });
});

describe('the progress bar', () => {
  it('is drawn on stderr only when stderr is a terminal', async () => {
    const captures = join(work, 'progress');
    mkdirSync(captures);
    for (const name of HEALTHY) symlinkSync(fixtureDir(name), join(captures, name));
    let stderr = '';
    let stdout = '';
    const io = { stdout: { write: (text: string) => (stdout += text) }, stderr: { isTTY: true, write: (text: string) => (stderr += text) }, stdin: Readable.from(['']), env: {}, cwd: process.cwd() };
    expect(await main(['fleet', '--captures', captures, '--jobs', '1'], io)).toBe(0);
    expect(stderr).toMatch(/\r\[#{30}\] 2\/2 hosts\n$/);
    expect(stdout).toMatch(/^k8s-adventure fleet: 2 nodes/);
    expect((await runCli(['fleet', '--captures', captures])).stderr).toBe('');
  });
});

describe('every output format', () => {
  it('markdown: the same problems as tables, host text unable to open markup', async () => {
    const { stdout } = await runCli(['fleet', results, '--format', 'markdown']);
    expect(stdout).toContain('| fail | `centos-release` | 1 | centos71-devicemapper-loopback | `k8s-adventure --start-at centos-too-old-doom` |');
    expect(stdout).toContain('| cut-short | truncated | the doctor output stops part way |');
  });

  it('junit: well-formed XML, one suite per node, failures and gaps as failed cases', async () => {
    const { stdout } = await runCli(['fleet', results, '--format', 'junit']);
    expect(XMLValidator.validate(stdout)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(stdout);
    const suites: { name: string; failures: string; testcase: unknown }[] = doc.testsuites.testsuite;
    expect(suites.map((suite) => suite.name)).toEqual(['centos71-devicemapper-loopback', 'cut-short', 'healthy-centos72-overlay', 'k8s14-no-loopback', 'kubectl-error', 'sos33-centos73-healthy']);
    expect(suites.find((suite) => suite.name === 'k8s14-no-loopback')!.failures).toBe('1');
    expect(suites.find((suite) => suite.name === 'cut-short')!.testcase).toMatchObject({ name: 'doctor-result', failure: { message: 'truncated: the doctor output stops part way' } });
  });

  it('html: one page, nothing from outside, every node name escaped', async () => {
    const evil = JSON.parse(json.get(BROKEN[0]!)!);
    evil.host.node = '<img src=x onerror=alert(1)>\u001b[31m';
    const dir = join(work, 'evil');
    mkdirSync(dir);
    writeFileSync(join(dir, 'a.json'), JSON.stringify(evil));
    const { stdout } = await runCli(['fleet', dir, '--format', 'html', '--site-url', 'https://docs.example.com/k8s/']);
    expect(stdout).not.toMatch(/<img|\u001b/);
    expect(stdout).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(stdout).not.toMatch(/(src|href)="(https?:)?\/\/(?!docs\.example\.com)/);
    expect(stdout).toContain('href="https://docs.example.com/k8s/host-os.html#node-centos-too-old-doom"');
  });
});

describe('bad input: one line, exit 2', () => {
  it.each([
    [['fleet'], /^k8s-adventure: fleet needs its nodes' results/],
    [['fleet', '/nonexistent/results'], /does not exist\n$/],
    [['fleet', '--captures', '/dev/null'], /--captures '\/dev\/null' is a character device, not a directory\n$/],
    [['fleet', '--jobs', '4', '.'], /--jobs .* needs --captures DIR\n$/],
    [['fleet', '--captures', '.', '--jobs', '0'], /--jobs takes a whole number from 1 to 64\n$/],
    [['fleet', '.', '--captures', '.'], /not two of them\n$/],
    [['fleet', '.', '--format', 'yaml'], /unknown fleet format 'yaml'/],
    [['fleet', '.', '--json', '--format=text'], /give --json or --format, not both\n$/],
    [['fleet', '.', '--site-url', 'x'], /--site-url sets the links of --format html\n$/],
  ])('%j', async (args, message) => {
    const { code, stdout, stderr } = await runCli(args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.split('\n')).toHaveLength(2);
  });

  it('a directory with no results, an unreadable one, and empty standard input', async () => {
    const empty = join(work, 'empty');
    mkdirSync(empty);
    expect(await runCli(['fleet', empty])).toMatchObject({ code: 2, stderr: expect.stringMatching(/holds no doctor results/) });
    expect(await runCli(['fleet', '-'], '')).toMatchObject({ code: 2, stderr: 'k8s-adventure: nothing arrived on standard input\n' });
    if (process.getuid?.() !== 0) {
      const locked = join(work, 'locked');
      mkdirSync(locked, 0o000);
      expect(await runCli(['fleet', locked])).toMatchObject({ code: 2, stderr: expect.stringMatching(/permission denied\n$/) });
      chmodSync(locked, 0o755);
    }
  });
});
