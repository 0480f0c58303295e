import { describe, expect, it } from 'vitest';
import { osFamily } from '../../../src/probes/parse/os-family.ts';
import { fixtureHost } from '../../helpers/fixtures.ts';
import { variantHost } from '../variant.ts';

describe('osFamily', () => {
  it('tells CentOS by its ID, and a distribution by its ID_LIKE', async () => {
    expect(await osFamily(fixtureHost('healthy-centos72-overlay'))).toBe('red-hat');
    // Ubuntu 16.04's os-release: ID=ubuntu, ID_LIKE=debian; Linux Mint names only its parents in ID_LIKE.
    expect(await osFamily(variantHost('healthy-centos72-overlay', { 'etc/os-release': 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n' }))).toBe('debian');
    expect(await osFamily(variantHost('healthy-centos72-overlay', { 'etc/os-release': 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n' }))).toBe('debian');
  });

  it('falls back to /usr/lib/os-release, and says other or unknown honestly', async () => {
    expect(await osFamily(variantHost('healthy-centos72-overlay', { 'etc/os-release': null, 'usr/lib/os-release': 'ID="rhel"\n' }))).toBe('red-hat');
    expect(await osFamily(variantHost('healthy-centos72-overlay', { 'etc/os-release': 'ID=coreos\nNAME="Container Linux by CoreOS"\n' }))).toBe('other');
    expect(await osFamily(variantHost('healthy-centos72-overlay', { 'etc/os-release': null, 'usr/lib/os-release': null }))).toBe('unknown');
  });
});
