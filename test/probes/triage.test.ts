import type { ChoiceId, NodeId, ProbeId } from '../../machines/index.ts';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/index.ts';
import { fixFirst, triageResults } from '../../src/probes/triage.ts';
import type { ProbeResult } from '../../src/probes/types.ts';

const content = readContent();
const result = (id: ProbeId, status: ProbeResult['status'], node?: NodeId, suggests?: ChoiceId): ProbeResult => ({ id, status, observed: id, expected: '', evidence: [], ...(node ? { node } : {}), ...(suggests ? { suggests } : {}) });

describe('doctor triage', () => {
  it('groups probes that point at the same node, and orders problems root first', () => {
    const triage = triageResults(
      [
        result('os-release', 'pass', undefined, 'centos-7'),
        result('docker-storage-driver', 'fail', 'devicemapper-loopback-doom'),
        result('docker-storage-setup', 'fail', 'devicemapper-loopback-doom'),
        result('bridge-nf-call', 'warn', 'bridge-netfilter'),
        result('centos-release', 'fail', 'centos-too-old-doom'),
        result('kubelet-version', 'unknown'),
      ],
      content,
    );
    // centos-release comes last among the probes but first in a walk: it is the root.
    expect(triage.problems.map((problem) => [problem.node, problem.causes.map((cause) => cause.id)])).toEqual([
      ['centos-too-old-doom', ['centos-release']],
      ['devicemapper-loopback-doom', ['docker-storage-driver', 'docker-storage-setup']],
      ['bridge-netfilter', ['bridge-nf-call']],
    ]);
    expect(triage.unknown.map((r) => r.id)).toEqual(['kubelet-version']);
    expect(triage.quiet.map((r) => r.id)).toEqual(['os-release']);
    expect(fixFirst(triage)).toMatch(/^Fix first: Overlay on CentOS 7\.0 or 7\.1 \(centos-too-old-doom\); the fix is .* \(latest-centos-ami\)\. 2 more problems below/);
  });

  it("shows only the host OS's commands when os-release says which", () => {
    const fixOfDeps = (os: ChoiceId) =>
      triageResults([result('os-release', 'pass', undefined, os), result('node-dependencies', 'fail', 'missing-dependencies-doom')], content).problems[0]!.fix[0]!.blocks;
    expect(fixOfDeps('centos-7').flatMap((block) => block.commands).join('\n')).not.toMatch(/apt-get/);
    expect(fixOfDeps('debian-ubuntu').flatMap((block) => block.commands).join('\n')).toMatch(/apt-get/);
  });
});
