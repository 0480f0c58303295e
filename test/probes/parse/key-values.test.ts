import { describe, expect, it } from 'vitest';
import { parseKeyValues } from '../../../src/probes/parse/key-values.ts';

describe('parseKeyValues', () => {
  it('reads CentOS 7 os-release, with its double quotes taken off', () => {
    const release = parseKeyValues('NAME="CentOS Linux"\nVERSION="7 (Core)"\nID="centos"\nID_LIKE="rhel fedora"\nVERSION_ID="7"\n');
    expect(release).toEqual({ NAME: 'CentOS Linux', VERSION: '7 (Core)', ID: 'centos', ID_LIKE: 'rhel fedora', VERSION_ID: '7' });
  });

  it("reads sysconfig's single quotes and bare values, skips comments, and lets the later key win", () => {
    const docker = parseKeyValues("# /etc/sysconfig/docker\nOPTIONS='--selinux-enabled --log-driver=journald'\nDOCKER_CERT_PATH=/etc/docker\nexport SELINUX=permissive\nSELINUX=enforcing\n");
    expect(docker).toEqual({ OPTIONS: '--selinux-enabled --log-driver=journald', DOCKER_CERT_PATH: '/etc/docker', SELINUX: 'enforcing' });
  });

  it('keeps quotes that do not pair', () => {
    expect(parseKeyValues(`A="it's`).A).toBe(`"it's`);
  });
});
