import { finding } from './finding.ts';
import { describeInstance } from './parse/aws.ts';
import type { Probe } from './types.ts';

export const awsInstance: Probe = {
  id: 'aws-instance',
  title: 'Runs on AWS',
  chapter: 'aws',
  reads: 'reads cloud-init data and DMI, runs aws ec2 describe-instances',
  expected: 'an EC2 instance the aws CLI can describe, or not AWS at all',
  async run({ host }) {
    const instance = await describeInstance(host);
    if ('status' in instance) return instance.status === 'n/a' ? { ...instance, suggests: 'not-aws' } : { ...instance, suggests: 'aws' };
    return finding('pass', `EC2 instance ${instance.instanceId} in ${instance.region}`, { evidence: instance.evidence, suggests: 'aws' });
  },
};
