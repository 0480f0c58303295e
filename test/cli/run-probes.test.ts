import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../src/headless/transcript.ts';
import { fixtureDir } from '../helpers/fixtures.ts';
import { spawnBin } from '../helpers/spawn-bin.ts';

const FROM_SCRATCH = '{"start": "from-scratch"}';

describe('run --probes --host-dir: the probes answer the questions', () => {
  it.each([
    ['healthy-centos72-overlay', 'ready', 0],
    ['centos71-devicemapper-loopback', 'centos-too-old-doom', 1],
    ['bridge-nf-zero', 'bridge-netfilter-ignored-doom', 1],
    ['sysctl-conf-only', 'sysctl-conf-doom', 1],
    ['k8s14-no-loopback', 'cni-loopback-missing-doom', 1],
    ['missing-dependencies', 'missing-dependencies-doom', 1],
    ['amazon-linux', 'amazon-linux-doom', 1],
    ['sos-report-centos72-devicemapper', 'devicemapper-loopback-doom', 1],
    ['aws-multiple-tagged-security-groups', 'multiple-tagged-security-groups-doom', 1],
  ])('%s lands on %s', (fixture, ending, code) => {
    const result = spawnBin(['run', '--answers', '-', '--probes', '--host-dir', fixtureDir(fixture), '--json'], FROM_SCRATCH);
    expect(result.stderr).toBe('');
    const transcript = JSON.parse(result.stdout) as Transcript;
    expect(transcript.ending.id).toBe(ending);
    expect(result.code).toBe(code);
    const answered = transcript.steps.filter((step) => step.answer && step.id !== 'start');
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.every((step) => step.by === 'probe' && step.probe?.suggested === step.answer)).toBe(true);
  });

  it('reaches the SELinux doom of an enforcing host from its chapter, and on the overlay path says what is known instead', () => {
    const fromChapter = spawnBin(['run', '--answers', '-', '--probes', '--host-dir', fixtureDir('selinux-enforcing-unlabelled'), '--start-at', 'selinux-mode', '--json'], '{}');
    expect((JSON.parse(fromChapter.stdout) as Transcript).ending.id).toBe('selinux-enforcing-doom');
    expect(fromChapter.code).toBe(1);
    const fromScratch = spawnBin(['run', '--answers', '-', '--probes', '--host-dir', fixtureDir('selinux-enforcing-unlabelled'), '--json'], FROM_SCRATCH);
    const transcript = JSON.parse(fromScratch.stdout) as Transcript;
    expect(transcript.steps.map((step) => step.id)).toContain('selinux-enforcing-overlay');
    expect(transcript.ending.id).toBe('ready');
  });

  it('reaches the storage doom of the CentOS 7.1 host from its chapter', () => {
    const result = spawnBin(['run', '--answers', '-', '--probes', '--host-dir', fixtureDir('centos71-devicemapper-loopback'), '--start-at', 'storage-driver'], '{}');
    expect(result.stdout).toContain('  answer devicemapper-loopback: devicemapper on loop devices: whatever a plain yum install docker gives (from the probe)');
    expect(result.stdout).toContain('  probe  docker-storage-driver: fail, devicemapper on loop devices (/var/lib/docker/devicemapper/devicemapper/data)');
    expect(result.code).toBe(1);
  });

  it('lets the answers file overrule a probe, and keeps what the probe said', () => {
    const result = spawnBin(['run', '--answers', '-', '--probes', '--host-dir', fixtureDir('bridge-nf-zero'), '--start-at', 'bridge-netfilter', '--json'], '{"bridge-netfilter": "sysctl-d-file", "selinux-mode": "disabled", "kubernetes-version": "kubernetes-1-3"}');
    const transcript = JSON.parse(result.stdout) as Transcript;
    expect(transcript.steps[0]).toMatchObject({ id: 'bridge-netfilter', answer: 'sysctl-d-file', by: 'answers-file', probe: { id: 'bridge-nf-call', status: 'fail', suggested: 'ignore-warnings' } });
  });

  it('says which probe could not tell when an open question has no suggestion', () => {
    const result = spawnBin(['run', '--answers', '-', '--probes', '--host-dir', fixtureDir('sos-report-centos72-devicemapper'), '--start-at', 'kubernetes-version'], '{}');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^k8s-adventure: no answer for question 'kubernetes-version', and probe 'kubelet-version' could not tell \(unknown: no kubelet --version to read: kubelet-version not collected \(sos never runs kubelet --version .*\)\); add "kubernetes-version": one of kubernetes-1-3, kubernetes-1-4\n$/);
  });

  it('--report names the sos report the probes read, with its version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'k8s-run-report-'));
    const result = spawnBin(['run', '--answers', '-', '--probes', '--host-dir', fixtureDir('sos-report-centos72-devicemapper'), '--report', 'r.md', '--start-at', 'storage-driver'], '{}', {}, dir);
    expect(result.code).toBe(1);
    expect(readFileSync(join(dir, 'r.md'), 'utf8')).toMatch(/^- \*\*Probed host:\*\* sos report at .*sos-report-centos72-devicemapper, sos \d[^\n]* by its /m);
  });

  it('needs --probes for --host-dir', () => {
    const result = spawnBin(['run', '--answers', '-', '--host-dir', '.'], '{}');
    expect(result).toMatchObject({ code: 2, stderr: "k8s-adventure: --host-dir points the probes at a host; add --probes\n" });
  });
});
