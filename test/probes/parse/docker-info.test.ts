import { describe, expect, it } from 'vitest';
import { parseDockerInfo, usesLoopDevices } from '../../../src/probes/parse/docker-info.ts';

describe('parseDockerInfo', () => {
  it('reads Docker 1.10 text, with the WARNING lines the old CLI wrote to stderr', () => {
    const info = parseDockerInfo(
      'Storage Driver: devicemapper\n Pool Name: docker-253:0-135975386-pool\n Backing Filesystem: xfs\n Data file: /dev/loop0\n' +
        ' Data loop file: /var/lib/docker/devicemapper/devicemapper/data\n WARNING: Usage of loopback devices is strongly discouraged for production use.\n' +
        'WARNING: bridge-nf-call-iptables is disabled\nWARNING: bridge-nf-call-ip6tables is disabled\n',
    );
    expect(info).toMatchObject({ driver: 'devicemapper', dataFile: '/dev/loop0', backingFilesystem: 'xfs', bridgeNfIptables: false, bridgeNfIp6tables: false, selinux: false });
    expect(usesLoopDevices(info)).toBe(true);
    expect(info.warnings).toHaveLength(3);
  });

  it('reads the JSON of newer Docker', () => {
    const info = parseDockerInfo(
      JSON.stringify({
        Driver: 'overlay2',
        DriverStatus: [['Backing Filesystem', 'xfs'], ['Supports d_type', 'false']],
        BridgeNfIptables: true,
        BridgeNfIp6tables: true,
        SecurityOptions: ['name=seccomp,profile=default', 'name=selinux'],
        Warnings: ['WARNING: overlay: the backing xfs filesystem is formatted without d_type support'],
      }),
    );
    expect(info).toMatchObject({ driver: 'overlay2', backingFilesystem: 'xfs', supportsDType: false, bridgeNfIptables: true, selinux: true });
    expect(usesLoopDevices(info)).toBe(false);
  });

  it('tells a thin pool on a real device from loopback', () => {
    const info = parseDockerInfo('Storage Driver: devicemapper\n Pool Name: docker-thinpool\n Data file: \n Metadata file: \n');
    expect(usesLoopDevices(info)).toBe(false);
  });

  it('leaves an empty field empty instead of taking the next line (docker 1.9.1 on RHEL 7)', () => {
    const info = parseDockerInfo('Storage Driver: devicemapper\n Pool Name: docker-253:0-10485-pool\n Backing Filesystem: \n Data file: /dev/loop0\n');
    expect(info.backingFilesystem).toBeUndefined();
    expect(info.dataFile).toBe('/dev/loop0');
    expect(parseDockerInfo('Storage Driver: overlay\r\n Backing Filesystem: xfs\r\n').backingFilesystem).toBe('xfs');
  });

  it('finds selinux in either Security Options layout', () => {
    expect(parseDockerInfo('Security Options: seccomp selinux\n').selinux).toBe(true);
    expect(parseDockerInfo('Security Options:\n seccomp\n  Profile: default\n selinux\n').selinux).toBe(true);
  });
});
