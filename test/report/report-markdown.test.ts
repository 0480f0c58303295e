import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/index.ts';
import { GRAPH_VERSION, type EventId } from '../../machines/index.ts';
import { reportMarkdown } from '../../src/report/report-markdown.ts';
import { proceed, startSession, take } from '../../src/session/index.ts';
import { capturedHost, describeHost } from '../../src/host/index.ts';
import { fixtureDir } from '../helpers/fixtures.ts';

const content = readContent();
const now = new Date('2026-01-02T03:04:05Z');

describe('reportMarkdown', () => {
  it('gives the outcome, the path with who answered, the doom, and the dooms avoided', () => {
    const session = take(proceed(take(take(startSession(), 'from-scratch'), 'centos-7', 'probe')), 'older-than-7-2');
    const report = reportMarkdown(session, content, { version: '9.9.9', now });
    expect(report).toContain('- **Outcome:** doom: Overlay on CentOS 7.0 or 7.1 (`centos-too-old-doom`)');
    expect(report).toContain(`- **Written:** 2026-01-02T03:04:05.000Z by k8s-adventure 9.9.9, graph version ${GRAPH_VERSION}`);
    expect(report).toContain('| 2 | Pick a host operating system (`host-os`) | CentOS 7 (the beaten path) (`centos-7`) | live probe |');
    expect(report).toContain('| 3 | Which CentOS 7 release is the node on, after the update? (`centos-release`) | Still 7.0 or 7.1 after the update (`older-than-7-2`) | you |');
    expect(report).toContain('### How it shows up later');
    expect(report).toContain('- **Probed host:** none: the probes were off');
    expect(report).toContain('change `centos-release` in your answers file');
    // host-os was the probe's call: no dooms "avoided" there. The user's own fork lists nothing it took.
    expect(report).not.toContain('amazon-linux-doom');
    expect(report).not.toContain('(`older-than-7-2`) →');
  });

  it('names the host the probes read, as describeHost words it', async () => {
    const host = await describeHost(capturedHost(fixtureDir('sos45-centos79-healthy'), 'sos-report', 'sosreport-node1'));
    const report = reportMarkdown(startSession('selinux-mode'), content, { version: '1', now, host });
    expect(report).toContain('- **Probed host:** sos report at sosreport-node1, sos 4.5.6 by its sos_reports/manifest.json\n');
    expect(report).not.toContain('the probes were off');
  });

  it('a deep-linked doom several forks lead to names each as the way back', () => {
    const report = reportMarkdown(startSession('centos-too-old-doom'), content, { version: '1', now });
    expect(report).toContain('The way back is one of the 2 forks that lead here: `centos-release`, `overlay-centos-release`.');
  });

  it("shows a doom's fix: the good choice at its fork and the fix's commands", () => {
    const report = reportMarkdown(startSession('multiple-tagged-security-groups-doom'), content, { version: '9.9.9', now });
    expect(report).toContain('### The fix');
    expect(report).toContain('aws ec2 delete-tags --resources "$MASTER_SECURITY_GROUP_ID" --tags Key=KubernetesCluster');
  });

  it('lists the fixes with their commands at ready', () => {
    let session = startSession('node-dependencies');
    session = proceed(proceed(take(session, 'install-undocumented')));
    session = proceed(take(session, 'not-aws'));
    const report = reportMarkdown(session, content, { version: '1', now });
    expect(report).toContain('- **Outcome:** ready: every fork passed (`ready`)');
    expect(report).toContain('1. Install conntrack-tools, socat and bridge-utils (`install-node-dependencies`)');
    expect(report).toContain('   yum install -y conntrack-tools socat bridge-utils');
    expect(report).toContain('→ **Missing conntrack, socat or bridge-utils**');
    // Each fix with how to check it worked; the decisions once, in "Path taken", not again.
    expect(report).toContain('   Check it worked:');
    expect(report).not.toContain('## Decisions');
    // This walk skipped the host question: no script, and the report says why.
    expect(report).toContain('## The plan as a script\n\nNone: the walk did not pass the host OS question');
  });

  it('includes the plan as a script at ready, for the host OS the walk chose', () => {
    let session = take(take(startSession(), 'from-scratch'), 'coreos');
    for (const move of ['continue', 'overlay', 'other-filesystem', 'drop-selinux-enabled', 'continue', 'sysctl-d-file', 'continue', 'continue', 'not-present', 'kubernetes-1-3', 'cni-release-binaries', 'continue', 'install-undocumented', 'continue', 'continue', 'not-aws', 'continue'] satisfies EventId[]) {
      session = move === 'continue' ? proceed(session) : take(session, move);
    }
    const report = reportMarkdown(session, content, { version: '1', now });
    expect(report).toContain('- **Outcome:** ready');
    expect(report).toMatch(/## The plan as a script\n\nSave it as `plan\.sh`[\s\S]*```bash\n#!\/usr\/bin\/env bash\n# The k8s-adventure plan for CoreOS/);
  });
});
