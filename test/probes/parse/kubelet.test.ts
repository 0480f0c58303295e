import { describe, expect, it } from 'vitest';
import { readKubelet, versionText } from '../../../src/probes/parse/kubelet.ts';
import { fixtureHost } from '../../helpers/fixtures.ts';
import { variantHost } from '../variant.ts';

describe('readKubelet', () => {
  it("reads `kubelet --version` (\"Kubernetes v1.4.0\") and the flags kubeadm's drop-in sets inside Environment=", async () => {
    const setup = await readKubelet(fixtureHost('healthy-centos72-overlay'));
    expect(setup.version).toEqual([1, 4, 0]);
    expect(versionText(setup.version!)).toBe('v1.4.0');
    expect(setup.flags.get('network-plugin')).toBe('cni');
    expect(setup.flags.get('cni-conf-dir')).toBe('/etc/cni/net.d');
    expect(setup.flags.get('cni-bin-dir')).toBe('/opt/cni/bin');
    expect(setup.evidence.map((item) => item.excerpt)).toContain('--network-plugin=cni --cni-conf-dir=/etc/cni/net.d --cni-bin-dir=/opt/cni/bin');
  });

  it('takes the version from the kubelet package when there is no kubelet to run: rpm and dpkg names', async () => {
    // sos's installed-rpms: name-version-release.arch, then the install time.
    const rpms = 'kubectl-1.4.4-0.x86_64                                      Tue Nov  1 10:00:00 2016\nkubelet-1.4.4-0.x86_64                                      Tue Nov  1 10:00:00 2016\n';
    const rpm = await readKubelet(variantHost('sos-report-centos72-devicemapper', { 'installed-rpms': rpms }));
    expect(rpm.version).toEqual([1, 4, 4]);
    expect(rpm.evidence.map((item) => item.excerpt).join('\n')).toContain('kubelet-1.4.4-0.x86_64');
  });

  it('reads `--flag value`, `--flag=value` and a bare `--flag` the way pflag does, the later file winning', async () => {
    const setup = await readKubelet(
      variantHost('healthy-centos72-overlay', {
        'etc/systemd/system/kubelet.service.d/10-kubeadm.conf': '[Service]\nEnvironment="KUBELET_NETWORK_ARGS=--network-plugin cni --allow-privileged --network-plugin-dir=/etc/cni/net.d --cni-bin-dir /opt/cni/bin"\n',
        'etc/systemd/system/kubelet.service.d/20-override.conf': '[Service]\nEnvironment="KUBELET_NETWORK_ARGS=--network-plugin=kubenet"\n',
      }),
    );
    expect(setup.flags.get('network-plugin')).toBe('kubenet');
    expect(setup.flags.get('network-plugin-dir')).toBe('/etc/cni/net.d');
    expect(setup.flags.get('allow-privileged')).toBe('true');
    expect(setup.flags.get('cni-bin-dir')).toBe('/opt/cni/bin');
  });
});
