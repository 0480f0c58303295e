import { describe, expect, it } from 'vitest';
import { ec2Identity } from '../../../src/probes/parse/ec2-identity.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureDir, fixtureHost } from '../../helpers/fixtures.ts';
import { variantHost } from '../variant.ts';

const DMI = 'sys/devices/virtual/dmi/id';

describe('ec2Identity', () => {
  it("reads cloud-init's instance-data.json: the instance id and region", async () => {
    const id = await ec2Identity(fixtureHost('aws-multiple-tagged-security-groups'));
    expect(id).toMatchObject({ instanceId: 'i-04bd9c4c8aa', region: 'us-west-2', isEc2: true });
  });

  it('takes the region from the availability zone when cloud-init gives only that', async () => {
    const data = JSON.stringify({ v1: { instance_id: 'i-0abc123', availability_zone: 'eu-west-1b' } });
    const id = await ec2Identity(variantHost('aws-multiple-tagged-security-groups', { 'run/cloud-init/instance-data.json': data }));
    expect(id).toMatchObject({ instanceId: 'i-0abc123', region: 'eu-west-1' });
  });

  it("recognises EC2 by DMI: Xen with an amazon BIOS, or Nitro's \"Amazon EC2\"; another Xen is not EC2", async () => {
    const dmi = (vendor: string, bios: string) => variantHost('healthy-centos72-overlay', { [`${DMI}/sys_vendor`]: `${vendor}\n`, [`${DMI}/bios_version`]: `${bios}\n` });
    expect((await ec2Identity(dmi('Xen', '4.2.amazon'))).isEc2).toBe(true);
    expect((await ec2Identity(dmi('Amazon EC2', '1.0'))).isEc2).toBe(true);
    expect((await ec2Identity(dmi('Xen', '4.4.1'))).isEc2).toBe(false);
    expect((await ec2Identity(dmi('QEMU', '1.10.2-1ubuntu1'))).isEc2).toBe(false);
  });

  it('calls Xen with another BIOS not EC2 even where a read is missing, and cannot tell Xen without a BIOS version', async () => {
    const table = readFileSync(join(fixtureDir('sos-report-centos72-devicemapper'), 'sos_commands/hardware/dmidecode'), 'utf8');
    const xen = (bios: string) => variantHost('sos-report-centos72-devicemapper', {
      'sos_commands/hardware/dmidecode': table.replaceAll('Version: 4.2.amazon', `Version: ${bios}`).replace(/UUID: EC2/, 'UUID: 4C4C'),
      dmidecode: null,
    });
    const other = await ec2Identity(xen('4.4.1'));
    expect(other.gaps.length).toBeGreaterThan(0);
    expect(other.isEc2).toBe(false);
  });

  it("reads a sos report's dmidecode where the sysfs files were not kept", async () => {
    const id = await ec2Identity(fixtureHost('sos-report-centos72-devicemapper'));
    expect(id.isEc2).toBe(true);
    expect(id.evidence.map((item) => item.excerpt).join('\n')).toContain('bios: 4.2.amazon');
  });
});
