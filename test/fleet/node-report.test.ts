import { describe, expect, it } from 'vitest';
import { parseNodeReport } from '../../src/fleet/node-report.ts';
import { runCli } from '../helpers/run-cli.ts';
import { fixtureDir } from '../helpers/fixtures.ts';

describe('parseNodeReport', () => {
  it("reads doctor's own JSON", async () => {
    const { stdout } = await runCli(['doctor', '--json', '--host-dir', fixtureDir('centos71-devicemapper-loopback')]);
    const report = parseNodeReport('node-a', stdout);
    expect(report.kind).toBe('result');
    expect(report.kind === 'result' && report.findings.find((finding) => finding.id === 'centos-release')).toMatchObject({ status: 'fail', node: 'centos-too-old-doom' });
  });

  it('names what is missing, cut off or not doctor output, never drops it', async () => {
    const { stdout } = await runCli(['doctor', '--json', '--host-dir', fixtureDir('healthy-centos72-overlay')]);
    expect(parseNodeReport('a', '')).toMatchObject({ kind: 'missing' });
    expect(parseNodeReport('b', stdout.slice(0, stdout.length / 2))).toMatchObject({ kind: 'truncated' });
    expect(parseNodeReport('c', 'Error from server (NotFound): pods "x" not found')).toMatchObject({ kind: 'unparseable' });
    expect(parseNodeReport('d', '{"results": [{"id": "x", "status": "great"}]}')).toMatchObject({ kind: 'unparseable', reason: 'result 1 is not a probe verdict' });
    expect(parseNodeReport('e', '[1, 2]')).toMatchObject({ kind: 'unparseable' });
  });

  it('keeps an outside error message off the terminal as it came', () => {
    const report = parseNodeReport('x', '{\u001b]0;PWNED\u0007');
    expect(JSON.stringify(report)).not.toMatch(/\u001b|\u0007/);
  });
});
