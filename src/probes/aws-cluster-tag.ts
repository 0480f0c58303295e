import { finding } from './finding.ts';
import { clusterIdOf, describeInstance } from './parse/aws.ts';
import type { Probe } from './types.ts';

export const awsClusterTag: Probe = {
  id: 'aws-cluster-tag',
  title: 'KubernetesCluster tag',
  chapter: 'aws',
  reads: 'runs aws ec2 describe-instances',
  async run({ host }) {
    const expected = 'the instance tagged KubernetesCluster=<cluster-id> (or kubernetes.io/cluster/<cluster-id>)';
    const instance = await describeInstance(host, expected);
    if ('status' in instance) return instance;
    const clusterId = clusterIdOf(instance.tags);
    if (clusterId) return finding('pass', `tagged for cluster ${clusterId}`, expected, { evidence: instance.evidence, suggests: 'tag-everything' });
    return finding('fail', `instance ${instance.instanceId} carries no cluster tag`, expected, { evidence: instance.evidence, suggests: 'tag-some', node: 'untagged-resources-doom' });
  },
};
