import { describe, expect, it } from 'vitest';
import { probeById, runProbe, type ProbeResult } from '../../src/probes/index.ts';
import { fixtureHost } from '../helpers/fixtures.ts';
import { variantHost } from './variant.ts';

const run = (id: string, host: Parameters<typeof runProbe>[1]) => runProbe(probeById(id)!, host);
const reasons = (result: ProbeResult) => result.evidence.filter((item) => item.read !== 'present').map((item) => `${item.read}: ${item.reason}`);

describe('issue 12: the false failures of a healthy sos report are gone', () => {
  it.each(['sos33-centos73-healthy', 'sos45-centos79-healthy'])('%s: no probe fails', async (fixture) => {
    for (const id of ['cni-loopback-binary', 'cni-config', 'docker-backing-filesystem', 'node-dependencies', 'bridge-netfilter-module', 'overlay-module', 'aws-instance', 'kubelet-version']) {
      const result = await run(id, fixtureHost(fixture));
      expect(result.status, `${id}: ${result.observed}`).not.toBe('fail');
      expect(result.status, `${id}: ${result.observed}`).not.toBe('n/a');
    }
  });

  it('/opt/cni/bin that sos never collects is unknown, naming why', async () => {
    const result = await run('cni-loopback-binary', fixtureHost('sos33-centos73-healthy'));
    expect(result.status).toBe('unknown');
    expect(reasons(result)).toEqual(['not-collected: sos never collects /opt/cni, not even a listing']);
  });

  it('/etc/cni/net.d before 4.7.0 is unknown, not "kubelet reports the CNI config uninitialized"', async () => {
    const result = await run('cni-config', fixtureHost('sos33-centos73-healthy'));
    expect(result).toMatchObject({ status: 'unknown', observed: expect.stringMatching(/only from 4\.7\.0/) });
  });

  it('the rootfs line does not hide the XFS root under /var/lib/docker', async () => {
    expect(await run('docker-backing-filesystem', fixtureHost('sos33-centos73-healthy'))).toMatchObject({ status: 'pass', observed: 'XFS with ftype=1' });
  });

  it('the kubelet version comes from installed-rpms, its flags from ps', async () => {
    const version = await run('kubelet-version', fixtureHost('sos33-centos73-healthy'));
    expect(version).toMatchObject({ status: 'pass', observed: expect.stringMatching(/^v1\.4\.4/) });
    expect(version.evidence[0]).toMatchObject({ source: 'installed-rpms', excerpt: expect.stringMatching(/^kubelet-1\.4\.4-0\.x86_64 +Tue 10 Jan 2017/) });
    expect(await run('kubelet-cni-flags', fixtureHost('sos33-centos73-healthy'))).toMatchObject({ status: 'pass', evidence: [expect.anything(), { source: 'sos_commands/process/ps_auxwww' }] });
  });

  it('dependencies come from installed-rpms, not a PATH sos never copies', async () => {
    expect(await run('node-dependencies', fixtureHost('sos33-centos73-healthy'))).toMatchObject({ status: 'pass' });
    const noRpms = await run('node-dependencies', variantHost('sos33-centos73-healthy', { 'installed-rpms': null, 'sos_commands/rpm': null }));
    expect(noRpms.status).toBe('unknown');
    expect(noRpms.observed).toMatch(/sos never copies binaries/);
  });

  it('without /proc/sys, bridge netfilter is read from sysctl_-a and the modules from lsmod', async () => {
    const host = variantHost('sos33-centos73-healthy', { 'proc/sys': null, 'proc/modules': null, 'version.txt': 'sosreport: 3.2\nkernel: unversioned\n', 'sos_reports/sos.txt': null });
    expect(await run('bridge-netfilter-module', host)).toMatchObject({ status: 'pass', evidence: [{ source: 'sos_commands/kernel/sysctl_-a' }, { source: 'sos_commands/kernel/lsmod', excerpt: expect.stringMatching(/^br_netfilter/) }] });
    expect(await run('bridge-nf-call', host)).toMatchObject({ status: 'pass', evidence: expect.arrayContaining([{ source: 'sos_commands/kernel/sysctl_-a', excerpt: 'net.bridge.bridge-nf-call-iptables = 1', read: 'present' }]) });
  });

  it('an EC2 sos report is EC2 by dmidecode, not "not an EC2 instance"', async () => {
    const result = await run('aws-instance', fixtureHost('sos33-centos73-healthy'));
    expect(result.status).toBe('unknown');
    expect(result.evidence[0]).toMatchObject({ source: 'sos_commands/hardware/dmidecode', excerpt: expect.stringMatching(/4\.2\.amazon/) });
  });

  it('overlay-module on sos ≤ 3.5 does not warn "not in /etc/modules-load.d": it was never copied', async () => {
    expect(await run('overlay-module', fixtureHost('sos33-centos73-healthy'))).toMatchObject({ status: 'unknown', observed: expect.stringMatching(/only from 3\.6/) });
    expect(await run('overlay-module', fixtureHost('sos45-centos79-healthy'))).toMatchObject({ status: 'pass' });
  });
});

describe('issue 12: a read that was refused is not a missing file', () => {
  it('bridge-nf-call does not say "nothing sets them at boot" when the sysctl.d file is a refused link', async () => {
    const host = variantHost('sysctl-conf-only', { 'etc/sysctl.d/k8s.conf': { link: 'nosuch/../../../../../../tmp/elsewhere/k8s.conf' } });
    const result = await run('bridge-nf-call', host);
    expect(result.status).toBe('unknown');
    expect(reasons(result)[0]).toMatch(/^unreadable: a symbolic link/);
  });

  it('kube-proxy-br-netfilter-log reads the key where its neighbour does: a false positive, not a failure', async () => {
    const host = variantHost('sos33-centos73-healthy', {
      'proc/sys': null,
      'sos_commands/kubernetes/journalctl_--no-pager_--unit_kube-proxy': '-- Logs begin at Tue 2017-01-10 09:10:01 UTC. --\nJan 10 09:31:02 ip-10-0-1-31 kube-proxy[1622]: E0110 09:31:02.101183    1622 proxier.go:193] Error getting kernel version: missing br-netfilter module or unset br-nf-call-iptables; proxy may not work as intended\n',
      'version.txt': 'sosreport: 3.2\nkernel: unversioned\nkubernetes: unversioned\n',
      'sos_reports/sos.txt': null,
    });
    expect(await run('kube-proxy-br-netfilter-log', host)).toMatchObject({ status: 'warn', evidence: [expect.anything(), { source: 'sos_commands/kernel/sysctl_-a', excerpt: 'net.bridge.bridge-nf-call-iptables = 1' }] });
  });

  it('a recorded "Cannot connect to the Docker daemon" with no exit status is unknown, not a storage driver', async () => {
    const host = variantHost('sos-report-centos72-devicemapper', { 'sos_commands/docker/docker_info': 'Cannot connect to the Docker daemon. Is the docker daemon running on this host?\n' });
    for (const id of ['docker-storage-driver', 'docker-backing-filesystem']) {
      const result = await run(id, host);
      expect(result.status, id).not.toBe('warn');
    }
    expect(await run('docker-storage-driver', host)).toMatchObject({ status: 'unknown', observed: expect.stringMatching(/recorded no exit status, and its output is an error: Cannot connect to the Docker daemon/) });
  });
});

describe('centos-release names only what its evidence says', () => {
  it('labels /etc/redhat-release as itself', async () => {
    const host = variantHost('healthy-centos72-overlay', { 'etc/centos-release': null, 'etc/redhat-release': 'CentOS Linux release 7.2.1511 (Core)\n' });
    expect(await run('centos-release', host)).toMatchObject({ status: 'pass', observed: 'CentOS 7.2.1511', evidence: [{ source: '/etc/redhat-release' }] });
  });

  it('calls Rocky Linux 9.4 Rocky Linux 9.4, not CentOS 9.4', async () => {
    const host = variantHost('healthy-centos72-overlay', { 'etc/centos-release': null, 'etc/redhat-release': 'Rocky Linux release 9.4 (Blue Onyx)\n' });
    const result = await run('centos-release', host);
    expect(result.observed).toBe('Rocky Linux 9.4');
    expect(result.observed).not.toMatch(/CentOS/);
  });

  it('does not judge Fedora by the CentOS rule', async () => {
    const host = variantHost('healthy-centos72-overlay', { 'etc/centos-release': null, 'etc/redhat-release': 'Fedora release 24 (Twenty Four)\n' });
    expect(await run('centos-release', host)).toMatchObject({ status: 'n/a', observed: 'Fedora 24: not CentOS or a rebuild of RHEL' });
  });
});

describe('kubelet-cni-flags reads --network-plugin-dir as the kubelet does, whatever the version', () => {
  // 1.3 and 1.4 both read --network-plugin-dir as the CNI config directory (kubernetes#32151 kept it in 1.4), so
  // the flag alone is no fault, and an unknown version changes nothing: only a directory of binaries is.
  const withFlag = (dir: string) =>
    variantHost('sos-report-centos72-devicemapper', {
      'sos_commands/process/ps_auxwww': `USER       PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\nroot      1301  2.4  1.0 1052416 82632 ?       Ssl  Oct11  36:51 /usr/local/bin/kubelet --network-plugin=cni --network-plugin-dir=${dir}\n`,
    });

  it('passes the flag naming the config directory, with the version unknown', async () => {
    expect(await run('kubelet-cni-flags', withFlag('/etc/cni/net.d'))).toMatchObject({ status: 'pass', suggests: 'network-plugin-dir' });
  });

  it('fails the flag naming the binaries, with the version unknown', async () => {
    expect(await run('kubelet-cni-flags', withFlag('/opt/cni/bin'))).toMatchObject({ status: 'fail', node: 'cni-old-flags-doom' });
  });
});
