import { describe, expect, it } from 'vitest';
import { fixtureDir } from '../helpers/fixtures.ts';
import { spawnBin } from '../helpers/spawn-bin.ts';
import { hungDocker } from '../host/live-host.test.ts';

interface DoctorJson {
  version: number;
  host: { kind: string; description: string };
  summary: Record<string, number>;
  results: { id: string; title: string; chapter: string; status: string; observed: string; expected: string; evidence: { source: string; excerpt: string }[]; node?: string; suggests?: string; questions: string[] }[];
}

const doctor = (args: string[], env: NodeJS.ProcessEnv = {}) => spawnBin(['doctor', ...args], '', env);

describe('k8s-adventure doctor', () => {
  it('passes the healthy fixture, exit 0, grouped by chapter', () => {
    const result = doctor(['--host-dir', fixtureDir('healthy-centos72-overlay')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^k8s-adventure doctor: captured host at .*healthy-centos72-overlay\n\nHost OS\n {2}✓ pass {5}os-release/);
    expect(result.stdout).toMatch(/\n\nBridge netfilter\n/);
    expect(result.stdout).toMatch(/\d+ pass, 1 warn, 0 fail, 0 unknown, \d+ n\/a\n$/);
  });

  it('fails a broken host with exit 1 and names the node for each problem', () => {
    const result = doctor(['--host-dir', fixtureDir('centos71-devicemapper-loopback')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/✗ fail {5}docker-storage-driver +devicemapper on loop devices/);
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
    expect(Object.keys(report)).toEqual(['version', 'host', 'summary', 'results']);
    expect(Object.keys(report.summary)).toEqual(['pass', 'warn', 'fail', 'unknown', 'n/a']);
    const nf = report.results.find((r) => r.id === 'bridge-nf-call')!;
    expect(nf).toMatchObject({ status: 'fail', chapter: 'netfilter', node: 'bridge-netfilter-ignored-doom', suggests: 'ignore-warnings', questions: ['bridge-netfilter'] });
    expect(nf.evidence).toContainEqual({ source: '/proc/sys/net/bridge/bridge-nf-call-iptables', excerpt: '0' });
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
    const report = JSON.parse(doctor(['--json']).stdout) as DoctorJson;
    expect(report.host.kind).toBe('live');
    for (const id of ['aws-instance', 'aws-cluster-tag', 'aws-security-groups']) expect(['n/a', 'unknown', 'pass']).toContain(report.results.find((r) => r.id === id)!.status);
    expect(report.results.find((r) => r.id === 'kubelet-version')!.status).not.toBe('fail');
  });

  it.each([
    [['--skip', 'os-releas'], /^unknown probe 'os-releas' in --skip \(did you mean 'os-release'\?\); valid probes: os-release, /],
    [['--timeout', 'soon'], /^--timeout takes milliseconds, a whole number from 1 to 600000, not 'soon'$/],
    [['--host-dir', '/no/such/dir'], /^--host-dir '\/no\/such\/dir' does not exist$/],
    [['--verbose'], /^unknown option '--verbose'; see 'k8s-adventure doctor --help'$/],
  ])('rejects %j with one line and exit 2', (args, message) => {
    const result = doctor(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr.trimEnd().replace(/^k8s-adventure: /, '')).toMatch(message);
  });

  it('shows nothing a hostile host wrote as escape sequences', () => {
    const result = doctor(['--host-dir', fixtureDir('healthy-centos72-overlay')]);
    expect(result.stdout).not.toMatch(/\u001B/);
  });
});
