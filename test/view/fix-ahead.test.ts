import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/index.ts';
import { proceed, startSession, take } from '../../src/session/index.ts';
import { fixesAhead } from '../../src/view/fix-ahead.ts';
import { screenOf } from '../../src/view/screen.ts';

const content = readContent();

describe('the fix a doom shows', () => {
  it('names the good choice at its fork and the fix it leads to, with its commands', () => {
    const screen = screenOf(startSession('multiple-tagged-security-groups-doom'), content);
    const fix = screen.markdown.split('## The fix')[1]!;
    expect(fix).toContain("take **One per instance: the tag taken off the masters' group** (`one-tagged-group`): the fix is *Take the tag off the masters' security group* (`untag-extra-security-groups`)");
    expect(fix).toContain('aws ec2 delete-tags --resources "$MASTER_SECURITY_GROUP_ID" --tags Key=KubernetesCluster');
    // Only the choices that lead away from a doom: the other doom at the same fork is not offered as a fix.
    expect(fix).not.toContain('no-tagged-group');
    // Where a good choice leads to a fix, that is the fix: the other ways on are not offered (as fixOf, for why and doctor).
    expect(fix).not.toContain('the walk goes on');
  });

  it('finds the fix as fixOf does: the fix before a fork that only checks it, and the fix on a good branch', () => {
    const walked = take(proceed(take(take(startSession(), 'from-scratch'), 'centos-7')), 'older-than-7-2');
    expect(fixesAhead(walked, content)).toEqual([expect.objectContaining({ fork: 'centos-release', kind: 'fix', id: 'latest-centos-ami' })]);
    expect(fixesAhead(walked, content)[0]).not.toHaveProperty('via');
    expect(screenOf(walked, content).markdown).toContain('- Before *Which CentOS 7 release is the node on, after the update?* (`centos-release`): the fix is *Start from the newest official CentOS 7 image, and update it* (`latest-centos-ami`), then answer it again.');
    const bridge = fixesAhead(startSession('sysctl-conf-doom'), content);
    expect(bridge.map((fix) => fix.id)).toEqual(['persist-bridge-netfilter']);
    expect(bridge[0]!.blocks.flatMap((block) => block.commands).join('\n')).toContain('/etc/sysctl.d/');
    expect(bridge[0]!.check).toBeDefined();
  });

  it("a deep link, with no host OS chosen, marks each OS's block in the doom's fix", () => {
    const fix = screenOf(startSession('missing-dependencies-doom'), content).markdown.split('## The fix')[1]!;
    expect(fix).toContain('  # on centos\n  yum install -y conntrack-tools socat bridge-utils');
    expect(fix).toContain('  # on debian\n');
  });

  it('is shown on no other kind of node', () => {
    expect(screenOf(startSession('selinux-mode'), content).markdown).not.toContain('## The fix');
  });
});
