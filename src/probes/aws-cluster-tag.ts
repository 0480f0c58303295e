import { finding } from './finding.ts';
import { awsProbe } from './aws-probe.ts';
import { clusterIdOf } from './parse/aws.ts';

export const awsClusterTag = awsProbe({
  id: 'aws-cluster-tag',
  title: 'KubernetesCluster tag',
  reads: 'runs aws ec2 describe-instances',
  expected: 'the instance tagged KubernetesCluster=<cluster-id> (or kubernetes.io/cluster/<cluster-id>)',
  judge(instance) {
    const clusterId = clusterIdOf(instance.tags);
    if (clusterId) return finding('pass', `tagged for cluster ${clusterId}`, { evidence: instance.evidence, suggests: 'tag-everything' });
    return finding('fail', `instance ${instance.instanceId} carries no cluster tag`, { evidence: instance.evidence, suggests: 'tag-some', node: 'untagged-resources-doom' });
  },
});
