import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HostOs } from '../../src/script/index.ts';
import { runCli } from '../helpers/run-cli.ts';
import { changesHost, runPlan, scratchHost, snapshot, STUB, type Call } from './harness.ts';

const EXAMPLES: [HostOs, string, Record<string, string>][] = [
  ['centos', 'examples/centos-on-aws.json', { KUBERNETES_VERSION: '1.4.6' }],
  ['debian', 'examples/debian-on-aws.json', { KUBERNETES_VERSION: '1.4.6' }],
  ['coreos', 'examples/coreos-bare-metal.json', { KUBERNETES_VERSION: '1.3.10' }],
];

/** `run --answers EXAMPLE --emit-script FILE`, as the README has it: once per example (each run of the CLI costs a
 * Node start), then a fresh copy per test, as one test edits its copy. */
const emitted = new Map<string, Promise<string>>();
async function emit(answers: string): Promise<string> {
  if (!emitted.has(answers)) {
    emitted.set(
      answers,
      (async () => {
        const file = join(mkdtempSync(join(tmpdir(), 'k8s-plan-')), 'plan.sh');
        const result = await runCli(['run', '--answers', answers, '--emit-script', file]);
        expect(result.code, result.stderr).toBe(0);
        return readFileSync(file, 'utf8');
      })(),
    );
  }
  const copy = join(mkdtempSync(join(tmpdir(), 'k8s-plan-')), 'plan.sh');
  writeFileSync(copy, await emitted.get(answers)!);
  return copy;
}

const phaseOf = (call: Call) => call.step.split(' ')[0]!;
const subjectOf = (call: Call) => call.step.split(' ')[1]!;

describe.each(EXAMPLES)('the %s plan (%s)', (os, answers, env) => {
  it('passes bash -n and shellcheck', async () => {
    const script = await emit(answers);
    expect(spawnSync('bash', ['-n', script], { encoding: 'utf8' }).status).toBe(0);
    const checked = spawnSync('shellcheck', ['--shell=bash', script], { encoding: 'utf8' });
    expect(checked.error, 'shellcheck must be installed (.ci/run installs it)').toBeUndefined();
    expect(checked.stdout + checked.stderr).toBe('');
    expect(checked.status).toBe(0);
  });

  it('runs on a fresh host: installs, configures, checks, then reboots once, last', async () => {
    const host = scratchHost(os);
    const first = runPlan(host, await emit(answers), 'node', env);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const changing = first.calls.filter(changesHost);
    expect(changing.filter((call) => call.argv.join(' ') === 'systemctl reboot')).toHaveLength(1);
    expect(changing.at(-1)!.argv.join(' ')).toBe('systemctl reboot');
    // No install of a subject after it has been configured.
    for (const subject of new Set(first.calls.map(subjectOf))) {
      const ofSubject = first.calls.filter((call) => subjectOf(call) === subject);
      const lastInstall = ofSubject.findLastIndex((call) => phaseOf(call) === 'install');
      const firstConfigure = ofSubject.findIndex((call) => phaseOf(call) === 'configure');
      if (lastInstall >= 0 && firstConfigure >= 0) expect(lastInstall, subject).toBeLessThan(firstConfigure);
    }
    // And, across the whole run, the phases come in order.
    const order = ['install', 'configure', 'check', 'reboot'];
    const phases = first.calls.map(phaseOf).filter((phase) => order.includes(phase));
    expect(phases).toEqual([...phases].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
  });

  it('run again after the boot: changes nothing, checks the booted node, exits 0', async () => {
    const host = scratchHost(os);
    const script = await emit(answers);
    expect(runPlan(host, script, 'node', env).code).toBe(0);
    const before = snapshot(host.root);
    const second = runPlan(host, script, 'node', env);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    expect(second.calls.filter(changesHost).map((call) => `${call.step}: ${call.argv.join(' ')}`)).toEqual([]);
    expect(snapshot(host.root)).toEqual(before);
    expect(second.stdout).toContain('Nothing changed: checking the booted node.');
    expect(second.stdout).toMatch(/\[verify\] .*\n {4}ok: /);
    expect(second.stdout).toContain('Every check passed.');
  });

  it('refuses to run without its placeholders, or on another OS, before touching anything', async () => {
    const script = await emit(answers);
    const host = scratchHost(os);
    const missing = runPlan(host, script, 'node');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/set KUBERNETES_VERSION first/);
    expect(missing.calls.filter(changesHost)).toEqual([]);
    const wrong = runPlan(host, script, 'node', { KUBERNETES_VERSION: '1.2.0' });
    expect(wrong.stderr).toMatch(/KUBERNETES_VERSION=1\.2\.0 does not look like/);
    const other = scratchHost(os === 'centos' ? 'debian' : 'centos');
    const elsewhere = runPlan(other, script, 'node', env);
    expect(elsewhere.code).toBe(1);
    expect(elsewhere.stderr).toMatch(new RegExp(`this plan is for ${os}`));
    expect(elsewhere.calls.filter(changesHost)).toEqual([]);
  });
});

describe('the workstation part', () => {
  it('untags the masters\' group once, and then changes nothing', async () => {
    const script = await emit('examples/centos-on-aws.json');
    const host = scratchHost('centos', { 'var/lib/stub/aws-tags/sg-0a1b2c3d': '' });
    expect(runPlan(host, script, 'workstation').stderr).toMatch(/set AWS_REGION first/);
    const env = { AWS_REGION: 'us-west-2', MASTER_SECURITY_GROUP_ID: 'sg-0a1b2c3d' };
    const first = runPlan(host, script, 'workstation', env);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    expect(first.calls.filter(changesHost).map((call) => call.argv.slice(0, 5).join(' '))).toEqual(['aws --region us-west-2 ec2 delete-tags']);
    expect(first.stdout).toContain('launch nodes from: ami-0f2b4fc905b0bd1f1');
    const second = runPlan(host, script, 'workstation', env);
    expect(second.code).toBe(0);
    expect(second.calls.filter(changesHost)).toEqual([]);
  });

  it('keeps AWS CLI steps off the node, and node steps off the workstation', async () => {
    const text = readFileSync(await emit('examples/centos-on-aws.json'), 'utf8');
    const workstation = text.slice(text.indexOf('workstation_steps() {'), text.indexOf('node_part() {'));
    const node = text.slice(0, text.indexOf('workstation_steps() {'));
    expect(node).not.toMatch(/^aws /m);
    expect(node).not.toMatch(/ aws --region/);
    expect(workstation).not.toMatch(/yum|systemctl/);
    expect(text).not.toMatch(/<[a-z-]+>/);
  });
});

describe('the checks before the reboot', () => {
  it('catch the overlay fix the audit found: --storage-driver=overlay in /etc/sysconfig/docker-storage', async () => {
    const script = await emit('examples/centos-on-aws.json');
    // The old fix's own line, run where the configuration ends.
    const broken = readFileSync(script, 'utf8').replace(
      "step configure docker 'Start Docker at boot'",
      `echo 'DOCKER_STORAGE_OPTIONS="--storage-driver=overlay"' > "$root/etc/sysconfig/docker-storage"\nstep configure docker 'Start Docker at boot'`,
    );
    expect(broken).not.toBe(readFileSync(script, 'utf8'));
    writeFileSync(script, broken);
    const run = runPlan(scratchHost('centos'), script, 'node', { KUBERNETES_VERSION: '1.4.6' });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('docker-storage-setup would fail at boot');
    expect(run.stderr).toContain('nothing was rebooted');
    expect(run.calls.some((call) => call.argv.join(' ') === 'systemctl reboot')).toBe(false);
  });
});

describe('the stub harness', () => {
  it('passes shellcheck itself', () => {
    const checked = spawnSync('shellcheck', ['--shell=bash', STUB], { encoding: 'utf8' });
    expect(checked.stdout + checked.stderr).toBe('');
    expect(checked.status).toBe(0);
  });
});
