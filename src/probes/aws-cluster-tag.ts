import { finding } from './finding.ts';
import { clusterIdOf, describeInstance } from './parse/aws.ts';
import type { Probe } from './types.ts';

export const awsClusterTag: Probe = {
  id: 'aws-cluster-tag',
  title: 'KubernetesCluster tag',
  chapter: 'aws',
  reads: 'runs aws ec2 describe-instances',
  expected: 'the instance tagged KubernetesCluster=<cluster-id> (or kubernetes.io/cluster/<cluster-id>)',
  async run({ host }) {
    const instance = await describeInstance(host);
    if ('status' in instance) return instance;
    const clusterId = clusterIdOf(instance.tags);
    if (clusterId) return finding('pass', `tagged for cluster ${clusterId}`, { evidence: instance.evidence, suggests: 'tag-everything' });
    return finding('fail', `instance ${instance.instanceId} carries no cluster tag`, { evidence: instance.evidence, suggests: 'tag-some', node: 'untagged-resources-doom' });
  },
};
