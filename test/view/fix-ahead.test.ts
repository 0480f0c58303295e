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
    expect(fix.indexOf('the fix is')).toBeLessThan(fix.indexOf('the walk goes on'));
  });

  it('gives the commands for the host OS the walk chose, and the way on where the good branch has no fix', () => {
    const walked = take(proceed(take(take(startSession(), 'from-scratch'), 'centos-7')), 'older-than-7-2');
    expect(fixesAhead(walked, content)).toEqual([
      { fork: 'centos-release', choice: '7-2-or-later', label: '7.2 or later', target: 'storage-driver', kind: 'on', commands: [] },
    ]);
    const bridge = fixesAhead(startSession('sysctl-conf-doom'), content);
    expect(bridge.map((fix) => fix.target)).toEqual(['persist-bridge-netfilter']);
    expect(bridge[0]!.commands.join('\n')).toContain('/etc/sysctl.d/');
    expect(bridge[0]!.check).toBeDefined();
  });

  it('is shown on no other kind of node', () => {
    expect(screenOf(startSession('selinux-mode'), content).markdown).not.toContain('## The fix');
  });
});
