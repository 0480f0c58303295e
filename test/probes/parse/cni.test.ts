import { describe, expect, it } from 'vitest';
import { readCniConfigs } from '../../../src/probes/parse/cni.ts';
import { fixtureHost } from '../../helpers/fixtures.ts';
import { variantHost } from '../variant.ts';

describe('readCniConfigs', () => {
  it("reads flannel's 10-flannel.conf: its plugin type", async () => {
    const read = await readCniConfigs(fixtureHost('k8s14-no-loopback'), '/etc/cni/net.d');
    expect(read).toEqual({ configs: [{ file: '/etc/cni/net.d/10-flannel.conf', types: ['flannel'] }], gaps: [], absent: false });
  });

  it("takes a .conflist's chained plugins, skips other names, and keeps a broken file with its error", async () => {
    const host = variantHost('k8s14-no-loopback', {
      'etc/cni/net.d/10-flannel.conf': null,
      'etc/cni/net.d/10-calico.conflist': '{"name":"k8s-pod-network","cniVersion":"0.3.0","plugins":[{"type":"calico"},{"type":"portmap"}]}',
      'etc/cni/net.d/20-broken.conf': '{"type": ',
      'etc/cni/net.d/README': 'not a config',
    });
    const read = await readCniConfigs(host, '/etc/cni/net.d');
    expect(read.configs.map((config) => [config.file, config.types])).toEqual([
      ['/etc/cni/net.d/10-calico.conflist', ['calico', 'portmap']],
      ['/etc/cni/net.d/20-broken.conf', []],
    ]);
    expect(read.configs[1]!.error).toBeTruthy();
  });

  it('says a missing directory is absent, not a gap', async () => {
    expect(await readCniConfigs(variantHost('k8s14-no-loopback', { 'etc/cni': null }), '/etc/cni/net.d')).toEqual({ configs: [], gaps: [], absent: true });
  });
});
