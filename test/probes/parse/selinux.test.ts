import { describe, expect, it } from 'vitest';
import { readSelinux } from '../../../src/probes/parse/selinux.ts';
import { fixtureHost } from '../../helpers/fixtures.ts';
import { variantHost } from '../variant.ts';

describe('readSelinux', () => {
  it('reads the enforce file, the config and the label `ls -Zd` prints', async () => {
    const state = await readSelinux(fixtureHost('selinux-enforcing-unlabelled'));
    expect(state).toMatchObject({ current: 'enforcing', configured: 'enforcing', kubeletLabel: 'var_lib_t', absent: false });
  });

  it("reads sestatus's Current mode where the enforce file was not kept (a sos report)", async () => {
    const state = await readSelinux(fixtureHost('sos-report-centos72-devicemapper'));
    expect(state.current).toBe('enforcing');
    expect(state.evidence.map((item) => item.excerpt).join('\n')).toContain('Current mode:                   enforcing');
  });

  it('tells permissive from the enforce file, a config that says otherwise apart', async () => {
    const state = await readSelinux(variantHost('selinux-enforcing-unlabelled', { 'sys/fs/selinux/enforce': '0\n' }));
    expect(state).toMatchObject({ current: 'permissive', configured: 'enforcing' });
  });

  it('reads a disabled config, and never calls SELinux absent while a read that could show it is missing', async () => {
    const state = await readSelinux(variantHost('selinux-enforcing-unlabelled', { 'sys/fs/selinux': null, 'etc/selinux/config': 'SELINUX=disabled\nSELINUXTYPE=targeted\n' }));
    expect(state.configured).toBe('disabled');
    expect(state.absent).toBe(false);
  });
});
