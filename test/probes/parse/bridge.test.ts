import { describe, expect, it } from 'vitest';
import { bridgeKeys, liveBridgeValue } from '../../../src/probes/parse/bridge.ts';
import { fixtureHost } from '../../helpers/fixtures.ts';
import { variantHost } from '../variant.ts';

describe('liveBridgeValue', () => {
  it('reads /proc/sys, and calls a missing key what it means: bridge netfilter is not loaded', async () => {
    expect(await liveBridgeValue(fixtureHost('bridge-nf-zero'), 'iptables')).toMatchObject({ value: '0' });
    const unloaded = await liveBridgeValue(variantHost('bridge-nf-zero', { 'proc/sys/net/bridge': null }), 'iptables');
    expect(unloaded).toMatchObject({ value: 'missing' });
  });

});

describe('bridgeKeys', () => {
  it('lists the bridge-nf-call keys there are', async () => {
    const keys = await bridgeKeys(fixtureHost('bridge-nf-zero'));
    expect('keys' in keys && [...keys.keys].sort()).toEqual(['bridge-nf-call-arptables', 'bridge-nf-call-ip6tables', 'bridge-nf-call-iptables']);
  });
});
