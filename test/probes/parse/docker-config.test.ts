import { describe, expect, it } from 'vitest';
import { readDockerConfig } from '../../../src/probes/parse/docker-config.ts';
import { fixtureHost } from '../../helpers/fixtures.ts';
import { variantHost } from '../variant.ts';

describe('readDockerConfig', () => {
  it("reads CentOS 7's sysconfig: the driver docker-storage-setup wrote and OPTIONS' --selinux-enabled", async () => {
    const config = await readDockerConfig(fixtureHost('centos71-devicemapper-loopback'));
    expect(config.driver).toEqual({ value: 'devicemapper', source: '/etc/sysconfig/docker-storage' });
    expect(config.selinuxEnabled).toEqual({ source: '/etc/sysconfig/docker', line: "OPTIONS='--selinux-enabled --log-driver=journald'" });
    expect(config.unreadableBySetup).toBeUndefined();
  });

  it('flags `--storage-driver=overlay`, which docker-storage-setup cannot read back', async () => {
    const line = 'DOCKER_STORAGE_OPTIONS="--storage-driver=overlay"';
    const config = await readDockerConfig(variantHost('healthy-centos72-overlay', { 'etc/sysconfig/docker-storage': `${line}\n` }));
    expect(config.driver).toEqual({ value: 'overlay', source: '/etc/sysconfig/docker-storage' });
    expect(config.unreadableBySetup).toEqual({ source: '/etc/sysconfig/docker-storage', line });
  });

  it('reads daemon.json, ignores commented lines and --selinux-enabled=false', async () => {
    const config = await readDockerConfig(
      variantHost('healthy-centos72-overlay', {
        'etc/sysconfig/docker': "# OPTIONS='--selinux-enabled'\nOPTIONS='--selinux-enabled=false'\n",
        'etc/docker/daemon.json': '{ "storage-driver": "overlay2" }',
      }),
    );
    expect(config.selinuxEnabled).toBeUndefined();
    expect(config.driver).toEqual({ value: 'overlay2', source: '/etc/docker/daemon.json' });
  });

  it("reads only the files this distribution's docker unit reads, `-s` right after the quote too", async () => {
    const ubuntu = variantHost('healthy-centos72-overlay', { 'etc/os-release': 'ID=ubuntu\nID_LIKE=debian\n', 'etc/default/docker': 'DOCKER_OPTS="-s aufs"\n' });
    const config = await readDockerConfig(ubuntu);
    expect(config.driver).toEqual({ value: 'aufs', source: '/etc/default/docker' });
  });
});
