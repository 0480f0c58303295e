import { finding } from './finding.ts';
import { awsProbe } from './aws-probe.ts';

export const awsInstance = awsProbe({
  id: 'aws-instance',
  title: 'Runs on AWS',
  reads: 'reads cloud-init data and DMI, runs aws ec2 describe-instances',
  expected: 'an EC2 instance the aws CLI can describe, or not AWS at all',
  withoutInstance: (reason) => ({ ...reason, suggests: reason.status === 'n/a' ? 'not-aws' : 'aws' }),
  judge: (instance) => finding('pass', `EC2 instance ${instance.instanceId} in ${instance.region}`, { evidence: instance.evidence, suggests: 'aws' }),
});
