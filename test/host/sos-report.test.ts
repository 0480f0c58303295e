import { describe, expect, it } from 'vitest';
import { capturedHost } from '../../src/host/index.ts';
import { mangleCommand, sosCollects } from '../../src/host/sos/collects.ts';
import { parseVersion } from '../../src/host/sos/version.ts';
import { fixtureDir } from '../helpers/fixtures.ts';
import { captureWith } from './hostile-captures.ts';

const sos = (name: string) => capturedHost(fixtureDir(name), 'sos-report');

describe('how sos names command output (_mangle_command)', () => {
  it.each([
    ['xfs_info /', 'xfs_info'],
    ['xfs_info /var/lib/docker', 'xfs_info_.var.lib.docker'],
    ['systemctl list-units --failed', 'systemctl_list-units_--failed'],
    ['journalctl --no-pager  --unit kube-proxy', 'journalctl_--no-pager_--unit_kube-proxy'],
    ['/usr/bin/docker info', 'docker_info'],
  ])('%s → %s', (line, name) => expect(mangleCommand(line)).toBe(name));
});

describe('what a sos report collected', () => {
  const v = (text: string) => parseVersion(text);
  const ran = new Set(['kernel', 'systemd', 'system', 'general', 'docker', 'hardware']);

  it('never /opt/cni, the PATH or /proc/<pid>, whatever ran', () => {
    expect(sosCollects('/opt/cni/bin', v('4.5.6'), '4.5.6', ran)).toEqual({ collected: false, reason: 'sos never collects /opt/cni, not even a listing' });
    expect(sosCollects('/usr/sbin/conntrack', v('4.5.6'), '4.5.6', ran)).toMatchObject({ collected: false });
    expect(sosCollects('/proc/1234/cmdline', v('4.5.6'), '4.5.6', ran)).toMatchObject({ collected: false });
  });

  it('by version: /etc/modules-load.d from 3.6, /etc/cni/net.d from 4.7.0, /sys DMI from 3.5', () => {
    expect(sosCollects('/etc/modules-load.d/k8s.conf', v('3.2'), '3.2', ran)).toMatchObject({ collected: false, reason: expect.stringMatching(/only from 3.6/) });
    expect(sosCollects('/etc/modules-load.d/k8s.conf', v('3.6'), '3.6', ran)).toEqual({ collected: true, plugin: 'systemd' });
    expect(sosCollects('/etc/modules-load.d', v('4.5.6'), '4.5.6', ran)).toEqual({ collected: true, plugin: 'systemd' });
    expect(sosCollects('/etc/cni/net.d', v('4.5.6'), '4.5.6', new Set([...ran, 'containerd']))).toMatchObject({ collected: false });
    expect(sosCollects('/etc/cni/net.d', v('4.7.0'), '4.7.0', new Set([...ran, 'containerd']))).toEqual({ collected: true, plugin: 'containerd' });
    expect(sosCollects('/sys/devices/virtual/dmi/id/sys_vendor', v('3.2'), '3.2', ran)).toMatchObject({ collected: false });
  });

  it('by plugin: a path whose plugin did not run was not collected', () => {
    expect(sosCollects('/proc/sys/net/bridge/bridge-nf-call-iptables', v('3.2'), '3.2', new Set(['kernel']))).toMatchObject({ collected: false, reason: "sos's system plugin did not run in this report" });
    expect(sosCollects('/proc/sys/net/bridge/bridge-nf-call-iptables', v('3.2'), '3.2', ran)).toEqual({ collected: true, plugin: 'system' });
  });
});

describe('sos 3.3: version.txt and sos.txt, no exit status', () => {
  const host = sos('sos33-centos73-healthy');

  it('reads spec names from where sos 3.3 keeps them', async () => {
    expect(await host.read('docker-info')).toMatchObject({ kind: 'present', source: 'sos_commands/docker/docker_info', value: { exitCode: null } });
    expect(await host.read('sestatus')).toMatchObject({ kind: 'present', source: 'sos_commands/selinux/sestatus_-b' });
    expect(await host.read('installed-packages')).toMatchObject({ kind: 'present', source: 'installed-rpms', value: { output: expect.stringMatching(/^kubelet-1\.4\.4-0\.x86_64 +Tue/m) } });
    expect(await host.read('kubelet-cmdline')).toMatchObject({ kind: 'present', source: 'sos_commands/process/ps_auxwww', value: { output: expect.stringMatching(/^\/usr\/bin\/kubelet\0--kubeconfig=/) } });
    expect(await host.run('xfs-info', ['/'])).toMatchObject({ kind: 'present', source: 'sos_commands/xfs/xfs_info' });
  });

  it('says why it lacks what sos 3.3 never ran', async () => {
    expect(await host.read('kubelet-version')).toMatchObject({ kind: 'not-collected', reason: expect.stringMatching(/never runs kubelet --version/) });
    expect(await host.read('kube-proxy-log')).toMatchObject({ kind: 'not-collected', reason: "sos's kubernetes plugin did not run in this report" });
    expect(await host.run('mount-of', ['/var/lib/docker'])).toMatchObject({ kind: 'not-collected' });
    expect(await host.listDir('/opt/cni/bin')).toMatchObject({ kind: 'not-collected' });
  });

  it('reads the host’s relative links inside the archive, and lib/sysctl.d as the real directory 3.3 made', async () => {
    expect(await host.readFile('/etc/os-release')).toMatchObject({ kind: 'present', value: expect.stringMatching(/^NAME="CentOS Linux"/) });
    expect(await host.listDir('/lib/sysctl.d')).toMatchObject({ kind: 'present', value: ['00-system.conf', '50-default.conf'] });
    expect(await host.listDir('/usr/lib/sysctl.d')).toMatchObject({ kind: 'not-collected' });
  });
});

describe('sos 4.x: manifest.json', () => {
  const host = sos('sos45-centos79-healthy');

  it('takes exit statuses from the manifest and the process list from ps auxwwwm', async () => {
    expect(await host.read('docker-info')).toMatchObject({ kind: 'present', value: { exitCode: 0 } });
    expect(await host.read('kubelet-cmdline')).toMatchObject({ kind: 'present', source: 'sos_commands/process/ps_auxwwwm' });
    expect(await host.listDir('/usr/lib/sysctl.d')).toMatchObject({ kind: 'present' });
    expect(await host.listDir('/lib/sysctl.d')).toMatchObject({ kind: 'present', value: ['00-system.conf', '50-default.conf'] });
  });

  it('a command the manifest says was not found is absent', async () => {
    const root = captureWith([], {
      'sos_reports/manifest.json': JSON.stringify({ version: '4.5.6', components: { report: { plugins: { docker: { commands: [{ exec: 'docker info', filepath: null, return_code: 127 }] } } } } }),
    });
    expect(await capturedHost(root, 'sos-report').read('docker-info')).toMatchObject({ kind: 'absent', reason: 'sos ran docker info; the command was not found' });
  });

  it('an output sos did not keep while its plugin ran is not collected when sos runs it only on a condition', async () => {
    const root = captureWith([], { 'sos_reports/manifest.json': JSON.stringify({ version: '4.5.6', components: { report: { plugins: { docker: { commands: [] } } } } }) });
    expect(await capturedHost(root, 'sos-report').read('docker-info')).toMatchObject({ kind: 'not-collected', reason: 'sos runs docker info only while docker.service is active, and kept no output of it' });
  });
});
