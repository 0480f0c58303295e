import type { Host } from '../host/index.ts';
import { describeInstance, type Ec2Instance } from './parse/aws.ts';
import type { Finding, Probe } from './types.ts';

export interface AwsProbeSpec extends Omit<Probe, 'chapter' | 'run'> {
  /** The verdict, given the instance as EC2 describes it. */
  judge(instance: Ec2Instance, host: Host): Finding | Promise<Finding>;
  /** The verdict when there is no instance to judge (not EC2, no CLI, no credentials); that reason, by default. */
  withoutInstance?(reason: Finding): Finding;
}

/**
 * An AWS chapter probe: every one starts from the instance as EC2 describes it, and without one the reason there is
 * none is the verdict. The preamble is written here once.
 */
export function awsProbe({ judge, withoutInstance = (reason) => reason, ...probe }: AwsProbeSpec): Probe {
  return {
    ...probe,
    chapter: 'aws',
    async run({ host }) {
      const instance = await describeInstance(host);
      return 'status' in instance ? withoutInstance(instance) : judge(instance, host);
    },
  };
}
