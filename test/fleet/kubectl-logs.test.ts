import { describe, expect, it } from 'vitest';
import { reportFromLogLine } from '../../src/fleet/kubectl-logs.ts';

describe('reportFromLogLine: kubectl logs --prefix, one node a line', () => {
  const json = JSON.stringify({ version: 2, results: [{ id: 'centos-release', status: 'fail', observed: 'CentOS 7.1.1503', node: 'centos-too-old-doom' }] });

  it('names the report by its pod and reads the JSON after the prefix', () => {
    expect(reportFromLogLine(`[pod/k8s-adventure-7xk2p/result] ${json}`, 1)).toMatchObject({ name: 'k8s-adventure-7xk2p', kind: 'result', findings: [{ id: 'centos-release', status: 'fail' }] });
  });

  it("keeps kubectl's own lines and cut-off output as gaps, and skips blank lines", () => {
    expect(reportFromLogLine('Error from server (BadRequest): container "result" in pod "x" is waiting to start', 3)).toMatchObject({ name: 'line 3', kind: 'unparseable' });
    expect(reportFromLogLine(`[pod/k8s-adventure-abcde/result] ${json.slice(0, 40)}`, 4)).toMatchObject({ name: 'k8s-adventure-abcde', kind: 'truncated' });
    expect(reportFromLogLine('   ', 5)).toBeUndefined();
  });
});
