import { describe, expect, it } from 'vitest';
import { NPD_MAX_OUTPUT, npdPluginLine } from '../../src/npd/plugin.ts';
import { fixtureDir } from '../helpers/fixtures.ts';
import { runCli } from '../helpers/run-cli.ts';

const plugin = (probe: string, fixture: string, ...more: string[]) => runCli(['doctor', '--npd-plugin', probe, '--host-dir', fixtureDir(fixture), ...more]);

describe('doctor --npd-plugin: one probe, as node-problem-detector runs a custom plugin', () => {
  it.each([
    ['bridge-nf-call', 'bridge-nf-zero', [], 1, /^FAIL bridge-netfilter-ignored-doom: live values are 0\/0/],
    ['bridge-nf-call', 'healthy-centos72-overlay', [], 0, /^PASS bridge-nf-call: both 1/],
    ['overlay-module', 'centos71-devicemapper-loopback', [], 0, /^WARN enable-overlay: not loaded/],
    ['aws-instance', 'healthy-centos72-overlay', [], 0, /^N\/A aws-instance: not an EC2 instance/],
    ['bridge-nf-call', 'healthy-centos72-overlay', ['--in-pod'], 2, /^UNKNOWN bridge-nf-call: persisted in sysctl\.d, but the live values/],
  ])('%s on %s %j: exit %i (0 OK, 1 NonOK, 2 Unknown) and one line of at most 80 bytes', async (probe, fixture, more, exitCode, line) => {
    const { code, stdout, stderr } = await plugin(probe, fixture, ...more);
    expect(code).toBe(exitCode);
    expect(stderr).toBe('');
    expect(stdout).toMatch(line);
    expect(stdout.endsWith('\n') && stdout.indexOf('\n') === stdout.length - 1).toBe(true);
    expect(Buffer.byteLength(stdout.trim())).toBeLessThanOrEqual(NPD_MAX_OUTPUT);
  });

  it('refuses an unknown probe id with the nearest one, exit 2 (NPD reads it as Unknown)', async () => {
    const { code, stdout, stderr } = await runCli(['doctor', '--npd-plugin', 'bridge-nf-cal']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^k8s-adventure: unknown probe 'bridge-nf-cal' in --npd-plugin \(did you mean 'bridge-nf-call'\?\); valid probes: os-release, /);
    expect((await runCli(['doctor', '--npd-plugin', 'os-release', '--json'])).stderr).toMatch(/does not take --json/);
    expect((await runCli(['doctor', '--npd-plugin', 'os-release', '--format', 'text'])).stderr).toMatch(/does not take --format/);
  });

  it('cuts a long verdict at 80 bytes without splitting a character, and keeps control characters out', () => {
    const line = npdPluginLine({ id: 'os-release', status: 'fail', observed: `é${'ü'.repeat(100)}\u001b[31m`, expected: '', evidence: [], node: 'amazon-linux-doom' });
    expect(Buffer.byteLength(line)).toBeLessThanOrEqual(80);
    expect(line).toMatch(/^FAIL amazon-linux-doom: éü+…$/);
    expect(Buffer.from(line).toString('utf8')).toBe(line);
  });
});
