import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { capturedHost, describeHost, liveHost } from '../../src/host/index.ts';
import { fixtureDir } from '../helpers/fixtures.ts';

describe('describeHost: the probed host, named for a report', () => {
  it('a sos 4 report by its manifest', async () => {
    expect(await describeHost(capturedHost(fixtureDir('sos45-centos79-healthy'), 'sos-report', 'sos45'))).toBe('sos report at sos45, sos 4.5.6 by its sos_reports/manifest.json');
  });

  it('a sos 3 report by its version.txt, saying 3.3 and 3.4 write 3.2 too', async () => {
    const said = await describeHost(capturedHost(fixtureDir('sos33-centos73-healthy'), 'sos-report', 'sos33'));
    expect(said).toBe('sos report at sos33, sos 3.2 by its version.txt (3.3 and 3.4 write 3.2 too)');
  });

  it('a captured root by its path, and the live host with its host name', async () => {
    expect(await describeHost(capturedHost(fixtureDir('bridge-nf-zero'), 'captured', 'fixtures/bridge-nf-zero'))).toBe('captured host at fixtures/bridge-nf-zero');
    expect(await describeHost(liveHost({}))).toBe(`this machine (live, host name ${hostname()})`);
  });
});
