import { describe, expect, it } from 'vitest';
import { probeById, runProbe } from '../../src/probes/index.ts';
import { fixtureHost } from '../helpers/fixtures.ts';
import { variantHost } from './variant.ts';

const run = (id: string, host: Parameters<typeof runProbe>[1]) => runProbe(probeById(id)!, host);

// docker-storage-setup reads DOCKER_STORAGE_OPTIONS back only as `--storage-driver <name>` or `-s <name>`; the `=`
// form Docker itself accepts makes the unit fail at every boot with "Failed to determine existing storage driver."
describe('the storage options docker-storage-setup must read back', () => {
  const withOptions = (line: string) => variantHost('healthy-centos72-overlay', { 'etc/sysconfig/docker-storage': `${line}\n` });

  it('passes the form docker-storage-setup writes itself', async () => {
    expect(await run('docker-storage-config', fixtureHost('healthy-centos72-overlay'))).toMatchObject({ status: 'pass' });
    expect(await run('docker-storage-config', withOptions('DOCKER_STORAGE_OPTIONS="-s overlay"'))).toMatchObject({ status: 'pass' });
  });

  it('warns at --storage-driver=overlay, and sends the user to the fix', async () => {
    expect(await run('docker-storage-config', withOptions('DOCKER_STORAGE_OPTIONS="--storage-driver=overlay"'))).toMatchObject({
      status: 'warn',
      observed: expect.stringContaining('a form docker-storage-setup cannot read'),
      node: 'enable-overlay',
    });
  });

  it('does not call a failed docker-storage-setup a fall-back to loop devices while Docker runs overlay', async () => {
    const host = variantHost('healthy-centos72-overlay', {
      'commands/systemctl_list-units_--failed_--no-legend_--plain': 'docker-storage-setup.service loaded failed failed Docker Storage Setup\n',
    });
    expect(await run('docker-storage-setup', host)).toMatchObject({ status: 'warn', node: 'enable-overlay' });
    expect(await run('docker-storage-setup', fixtureHost('centos71-devicemapper-loopback'))).toMatchObject({ status: 'fail', node: 'devicemapper-loopback-doom' });
  });
});
