import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capturedHost } from '../../../src/host/index.ts';
import { effectiveSysctl } from '../../../src/probes/parse/sysctl.ts';

function hostWith(files: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'k8s-sysctl-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return capturedHost(root, 'captured');
}

const KEY = 'net.bridge.bridge-nf-call-iptables';

describe('effectiveSysctl (sysctl.d(5) order)', () => {
  it('applies files in name order, the last assignment winning', async () => {
    const host = hostWith({ '/usr/lib/sysctl.d/00-system.conf': `${KEY} = 0\n`, '/usr/lib/sysctl.d/90-system.conf': `${KEY} = 1\n` });
    expect(await effectiveSysctl(host, KEY)).toMatchObject({ value: '1', chain: [{ value: '0' }, { value: '1' }] });
  });

  it('lets /etc/sysctl.d shadow a vendor file of the same name', async () => {
    const host = hostWith({ '/usr/lib/sysctl.d/90-system.conf': `${KEY} = 1\n`, '/etc/sysctl.d/90-system.conf': `${KEY} = 0\n` });
    expect((await effectiveSysctl(host, KEY)).value).toBe('0');
  });

  it('orders by file name across directories, not by directory', async () => {
    const host = hostWith({ '/etc/sysctl.d/10-k8s.conf': `${KEY} = 1\n`, '/usr/lib/sysctl.d/00-system.conf': `${KEY} = 0\n`, '/usr/lib/sysctl.d/50-late.conf': `${KEY} = 0\n` });
    expect((await effectiveSysctl(host, KEY)).value).toBe('0');
  });

  it('reads the slash form of a key and keeps /etc/sysctl.conf apart', async () => {
    const host = hostWith({ '/run/sysctl.d/x.conf': 'net/bridge/bridge-nf-call-iptables=1\n', '/etc/sysctl.conf': `${KEY} = 1\n` });
    expect(await effectiveSysctl(host, KEY)).toMatchObject({ value: '1', sysctlConf: '1' });
  });
});
