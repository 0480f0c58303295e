import { evidence, finding } from './finding.ts';
import { awsProbe } from './aws-probe.ts';
import { awsUnknown, clusterIdOf, hasClusterTag, parseJson, type Tag } from './parse/aws.ts';

/**
 * Counts the instance's security groups that carry the cluster tag, as the controller's
 * findSecurityGroupForInstance does: one tagged is right; several tagged, or several untagged, stall every
 * LoadBalancer with no error in kubectl.
 */
export const awsSecurityGroups = awsProbe({
  id: 'aws-security-groups',
  title: 'Tagged security groups per instance',
  reads: 'runs aws ec2 describe-instances and describe-security-groups',
  expected: 'exactly one of the instance’s security groups tagged for the cluster',
  async judge(instance, host) {
    const clusterId = clusterIdOf(instance.tags);
    if (!clusterId) return finding('unknown', 'the instance has no cluster tag, so no cluster id to count by', { evidence: instance.evidence, node: 'untagged-resources-doom' });
    const groups = instance.securityGroups.slice(0, 5);
    const result = await host.run('aws-security-groups', [instance.region, '--group-ids', ...groups]);
    const described = parseJson<{ SecurityGroups?: { GroupId: string; GroupName?: string; Tags?: Tag[] }[] }>(result)?.SecurityGroups;
    if (!described) return awsUnknown(result);
    const tagged = described.filter((group) => hasClusterTag(group.Tags ?? [], clusterId));
    const proof = [...instance.evidence, evidence(result.source, described.map((g) => `${g.GroupId} (${g.GroupName ?? ''}): ${tagged.includes(g) ? 'tagged' : 'untagged'}`).join('\n'))];
    if (tagged.length === 1) return finding('pass', `${tagged[0]!.GroupId} is the one tagged group`, { evidence: proof, suggests: 'one-tagged-group' });
    if (tagged.length > 1) {
      return finding('fail', `${tagged.length} tagged groups: ${tagged.map((g) => g.GroupId).join(', ')}`, { evidence: proof, suggests: 'tag-every-group', node: 'multiple-tagged-security-groups-doom' });
    }
    if (described.length > 1) return finding('fail', `${described.length} groups, none tagged`, { evidence: proof, suggests: 'no-tagged-group', node: 'untagged-security-groups-doom' });
    return finding('warn', 'one untagged group: accepted for backward compatibility, but tag it', { evidence: proof, suggests: 'one-tagged-group', node: 'untag-extra-security-groups' });
  },
});
