import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir } from '../helpers/fixtures.ts';
import { BIN, spawnBin } from '../helpers/spawn-bin.ts';
import { CANARY, everyReadEscapes, hostileFile, outsideSecret } from '../host/hostile-captures.ts';
import { hungDocker, pidsOf } from '../helpers/processes.ts';
import { variant } from '../probes/variant.ts';

interface DoctorJson {
  version: number;
  host: { kind: string; description: string };
  summary: Record<string, number>;
  results: { id: string; title: string; chapter: string; status: string; observed: string; expected: string; evidence: { source: string; excerpt: string; read: string; reason?: string }[]; node?: string; suggests?: string; questions: string[] }[];
}

const doctor = (args: string[], env: NodeJS.ProcessEnv = {}) => spawnBin(['doctor', ...args], '', env);

describe('k8s-adventure doctor', () => {
  it('passes the healthy fixture, exit 0: passes folded into the counts, listed with --verbose', () => {
    const result = doctor(['--host-dir', fixtureDir('healthy-centos72-overlay')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^k8s-adventure doctor: captured host at .*healthy-centos72-overlay\n\nFix first: kube-proxy's br-netfilter warning/);
    expect(result.stdout).not.toContain('os-release');
    expect(result.stdout).toMatch(/\n\d+ pass, 1 warn, 0 fail, 0 unknown, \d+ n\/a \(--verbose lists the passes and n\/a\)\n$/);
    const verbose = doctor(['--host-dir', fixtureDir('healthy-centos72-overlay'), '--verbose']);
    expect(verbose.stdout).toMatch(/\nPassed and not applicable:\n {2}✓ pass {2}os-release +CentOS Linux 7 \(Core\)\n/);
    expect(verbose.stdout).toMatch(/\n\d+ pass, 1 warn, 0 fail, 0 unknown, \d+ n\/a\n$/);
  });

  it('fails a broken host with exit 1 and names the node for each problem', () => {
    const result = doctor(['--host-dir', fixtureDir('centos71-devicemapper-loopback')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/caused by ✗ fail docker-storage-driver: devicemapper on loop devices/);
    expect(result.stdout).toContain('→ k8s-adventure --start-at devicemapper-loopback-doom');
    expect(result.stdout).toContain('commands/systemctl_list-units_--failed_--no-legend_--plain: docker-storage-setup.service loaded failed failed Docker Storage Setup');
  });

  it('reads an extracted sos report by its layout', () => {
    const result = doctor(['--host-dir', fixtureDir('sos-report-centos72-devicemapper'), '--json']);
    const report = JSON.parse(result.stdout) as DoctorJson;
    expect(report.host.kind).toBe('sos-report');
    expect(report.results.find((r) => r.id === 'docker-storage-driver')!.evidence[0]!.source).toBe('sos_commands/docker/docker_info');
  });

  it('prints a stable JSON schema with --json', () => {
    const result = doctor(['--host-dir', fixtureDir('bridge-nf-zero'), '--json']);
    const report = JSON.parse(result.stdout) as DoctorJson;
    expect(Object.keys(report)).toEqual(['version', 'host', 'summary', 'results', 'problems']);
    expect(Object.keys(report.summary)).toEqual(['pass', 'warn', 'fail', 'unknown', 'n/a']);
    const nf = report.results.find((r) => r.id === 'bridge-nf-call')!;
    expect(nf).toMatchObject({ status: 'fail', chapter: 'netfilter', node: 'bridge-netfilter-ignored-doom', suggests: 'ignore-warnings', questions: ['bridge-netfilter'] });
    expect(nf.evidence).toContainEqual({ source: '/proc/sys/net/bridge/bridge-nf-call-iptables', excerpt: '0', read: 'present' });
    expect(result.code).toBe(1);
  });

  it('skips probes by id', () => {
    const report = JSON.parse(doctor(['--host-dir', fixtureDir('amazon-linux'), '--json', '--skip', 'os-release,centos-release']).stdout) as DoctorJson;
    expect(report.results.map((r) => r.id)).not.toContain('os-release');
    expect(report.summary.fail).toBe(0);
  });

  it('reports a hung docker info as unknown after its timeout, and the rest still', () => {
    const started = Date.now();
    const result = doctor(['--json', '--timeout', '400'], { PATH: `${hungDocker()}:${process.env.PATH}` });
    const elapsed = Date.now() - started;
    const report = JSON.parse(result.stdout) as DoctorJson;
    const docker = report.results.find((r) => r.id === 'docker-storage-driver')!;
    expect(docker.status).toBe('unknown');
    expect(docker.observed).toMatch(/did not answer in time|no answer within 400 ms/);
    expect(report.results.find((r) => r.id === 'os-release')!.status).not.toBe('unknown');
    expect(elapsed).toBeLessThan(5000);
  });

  it('on this machine, says what it could not tell instead of failing it', () => {
    // With nothing on PATH there is no docker, kubelet or systemctl to ask, whatever this machine has installed.
    const report = JSON.parse(doctor(['--json'], { PATH: mkdtempSync(join(tmpdir(), 'k8s-no-commands-')) }).stdout) as DoctorJson;
    expect(report.host.kind).toBe('live');
    for (const id of ['aws-instance', 'aws-cluster-tag', 'aws-security-groups']) expect(['n/a', 'unknown', 'pass']).toContain(report.results.find((r) => r.id === id)!.status);
    const docker = report.results.find((r) => r.id === 'docker-storage-driver')!;
    expect(docker).toMatchObject({ status: 'unknown', observed: 'docker info is not available here (docker is not installed)' });
    expect(report.results.find((r) => r.id === 'kubelet-cni-flags')).toMatchObject({ status: 'unknown', observed: 'no kubelet command line or unit flags found' });
  });

  it.each([
    [['--skip', 'os-releas'], /^unknown probe 'os-releas' in --skip \(did you mean 'os-release' or 'centos-release'\?\); valid probes: os-release, /],
    [['--timeout', 'soon'], /^--timeout takes milliseconds, a whole number from 1 to 600000, not 'soon'$/],
    [['--host-dir', '/no/such/dir'], /^--host-dir '\/no\/such\/dir' does not exist$/],
    [['--verbos'], /^unknown option '--verbos'; see 'k8s-adventure doctor --help'$/],
    [['--format', 'yml'], /^unknown format 'yml'; valid formats: text, json, junit, markdown$/],
    [['--format', 'jsn'], /^unknown format 'jsn' \(did you mean 'json'\?\); valid formats: text, json, junit, markdown$/],
    [['--json', '--format', 'json'], /^--json is --format json: give one of them$/],
  ])('rejects %j with one line and exit 2', (args, message) => {
    const result = doctor(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.trimEnd().replace(/^k8s-adventure: /, '')).toMatch(message);
  });

  it('shows nothing a hostile host wrote as escape sequences', () => {
    // The name a probe quotes back carries a clear-screen and a title-setting sequence; the words around them stay.
    const hostile = readFileSync(join(fixtureDir('healthy-centos72-overlay'), 'etc/os-release'), 'utf8').replace(
      /^PRETTY_NAME=.*$/m,
      'PRETTY_NAME="CentOS \u001B[2J\u001B]0;owned\u0007Linux 7 (Core)"',
    );
    const result = doctor(['--host-dir', variant('healthy-centos72-overlay', { 'etc/os-release': hostile }), '--verbose']);
    expect(result.stdout).toMatch(/CentOS .*Linux 7 \(Core\)/);
    expect(result.stdout).not.toMatch(/[\u001B\u0007]/);
  });
});

describe('doctor on captures: honest evidence, nothing from outside, nothing left running', () => {
  it.each(['sos33-centos73-healthy', 'sos45-centos79-healthy'])('passes the healthy sos report %s: exit 0, no fail, every unknown says why', (fixture) => {
    const result = doctor(['--host-dir', fixtureDir(fixture), '--json']);
    const report = JSON.parse(result.stdout) as DoctorJson;
    expect(result.code).toBe(0);
    expect(report.summary.fail).toBe(0);
    for (const unknown of report.results.filter((r) => r.status === 'unknown')) {
      expect(unknown.evidence.some((item) => item.read !== 'present' && item.reason), unknown.id).toBe(true);
    }
    expect(report.results.find((r) => r.id === 'cni-loopback-binary')!.evidence).toEqual([{ source: '/opt/cni/bin', excerpt: '(not collected: sos never collects /opt/cni, not even a listing)', read: 'not-collected', reason: 'sos never collects /opt/cni, not even a listing' }]);
    expect(report.results.find((r) => r.id === 'os-release')!.evidence[0]).toMatchObject({ read: 'present' });
  });

  it.each([3, 7])('never prints what an escaping link points at (links rotated by %i): doctor, --json, run --probes', (rotation) => {
    const root = everyReadEscapes(outsideSecret(), rotation);
    const outputs = [doctor(['--host-dir', root]), doctor(['--host-dir', root, '--json']), spawnBin(['run', '--answers', '-', '--probes', '--host-dir', root], '{"start": "from-scratch"}')];
    for (const output of outputs) {
      expect(output.stdout + output.stderr).not.toContain(CANARY);
      expect(output.code).not.toBe(70);
    }
    expect(outputs[0]!.stderr + outputs[1]!.stderr).toBe('');
    const report = JSON.parse(outputs[1]!.stdout) as DoctorJson;
    const os = report.results.find((r) => r.id === 'os-release')!;
    expect(os.status).toBe('unknown');
    expect(os.evidence[0]).toMatchObject({ source: '/etc/os-release', read: 'unreadable', reason: expect.stringMatching(/symbolic link|loop/) });
  });

  it.each([
    ['fifo', 'it is a FIFO'],
    ['device', 'it is a character device'],
  ] as const)('a %s as commands/docker_info.exit: unknown at once, and the process ends', (kind, reason) => {
    const root = variant('healthy-centos72-overlay', {});
    hostileFile(root, 'commands/docker_info.exit', kind);
    const started = Date.now();
    const result = doctor(['--host-dir', root, '--json']);
    expect(Date.now() - started).toBeLessThan(5000);
    const docker = (JSON.parse(result.stdout) as DoctorJson).results.find((r) => r.id === 'docker-storage-driver')!;
    expect(docker).toMatchObject({ status: 'unknown', evidence: [{ read: 'unreadable', reason: `commands/docker_info.exit: ${reason}` }] });
  });

  it('shows bidi controls from a host escaped on the terminal, and keeps them escaped in JSON', () => {
    const root = variant('healthy-centos72-overlay', { 'etc/os-release': 'ID=plan9\nPRETTY_NAME="Plan 9 \u202Eevil\u202C \u001B]0;PWNED\u0007"\n' });
    const text = doctor(['--host-dir', root, '--verbose']).stdout;
    expect(text).toContain('Plan 9 <U+202E>evil<U+202C>');
    expect(text).not.toMatch(/[\u202E\u001B\u0007]/);
    const json = doctor(['--host-dir', root, '--json']).stdout;
    expect(json).not.toMatch(/[\u202E\u001B\u0007]/);
    expect(json).toContain('\\u202e');
    expect((JSON.parse(json) as DoctorJson).results.find((r) => r.id === 'os-release')!.observed).toContain('\u202Eevil');
  });

  it('exits within a second of printing its results when a probe’s walk is cut off (a CNI dir of 5,000 configs)', async () => {
    const root = variant('healthy-centos72-overlay', {});
    for (let index = 0; index < 5_000; index += 1) writeFileSync(join(root, 'etc/cni/net.d', `${String(index).padStart(5, '0')}.conf`), '{"type":"bridge"}');
    const { printedAt, exitedAt, stdout } = await timedDoctor(['--host-dir', root, '--timeout', '300']);
    rmSync(root, { recursive: true, force: true });
    expect(stdout).toMatch(/no answer within 300 ms/);
    expect(exitedAt - printedAt).toBeLessThan(1000);
  });

  it('leaves no sleep behind when Ctrl+C stops a hung docker that is a shell running sleep', async () => {
    const marker = `${6000 + Math.floor(Math.random() * 999)}.33`;
    const child = spawn(process.execPath, [BIN, 'doctor', '--timeout', '20000'], { env: { ...process.env, PATH: `${hungDocker(marker)}:${process.env.PATH}` }, stdio: 'ignore' });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    for (let tries = 0; tries < 50 && !pidsOf(`sleep ${marker}`).length; tries += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pidsOf(`sleep ${marker}`)).toHaveLength(1);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pidsOf(`sleep ${marker}`)).toEqual([]);
  });

  it('leaves no sleep behind at its own timeout either', () => {
    const marker = `${7000 + Math.floor(Math.random() * 999)}.34`;
    const result = doctor(['--json', '--timeout', '400', '--skip', 'node-dependencies'], { PATH: `${hungDocker(marker)}:${process.env.PATH}` });
    expect((JSON.parse(result.stdout) as DoctorJson).results.find((r) => r.id === 'docker-storage-driver')!.status).toBe('unknown');
    expect(pidsOf(`sleep ${marker}`)).toEqual([]);
  });
});

/** Runs the bin and notes when the summary line arrived and when the process ended. */
function timedDoctor(args: string[]): Promise<{ printedAt: number; exitedAt: number; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, 'doctor', ...args], { env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'ignore'] });
    let stdout = '';
    let printedAt = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (!printedAt && /\d+ n\/a( \(--verbose[^)]*\))?\n$/.test(stdout)) printedAt = Date.now();
    });
    child.on('exit', () => resolve({ printedAt, exitedAt: Date.now(), stdout }));
  });
}
