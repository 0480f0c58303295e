import { describe, expect, it } from 'vitest';
import { clusterIdOf, describeInstance, hasClusterTag, parseJson } from '../../../src/probes/parse/aws.ts';
import { fixtureHost } from '../../helpers/fixtures.ts';

describe('describeInstance', () => {
  it('reads `aws ec2 describe-instances` JSON: the tags and every security group', async () => {
    const instance = await describeInstance(fixtureHost('aws-multiple-tagged-security-groups'));
    expect(instance).toMatchObject({ instanceId: 'i-04bd9c4c8aa', region: 'us-west-2', securityGroups: ['sg-0a1b2c3d', 'sg-4e5f6a7b'] });
    expect('tags' in instance && clusterIdOf(instance.tags)).toBe('demo');
  });

  it('says "not EC2" for a host whose identity shows none', async () => {
    expect(await describeInstance(fixtureHost('healthy-centos72-overlay'))).toMatchObject({ status: expect.stringMatching(/n\/a|unknown/) });
  });
});

describe('the cluster tag', () => {
  it("reads the legacy KubernetesCluster tag and 1.6's kubernetes.io/cluster/<id> key", () => {
    expect(clusterIdOf([{ Key: 'Name', Value: 'a' }, { Key: 'KubernetesCluster', Value: 'demo' }])).toBe('demo');
    expect(clusterIdOf([{ Key: 'kubernetes.io/cluster/prod', Value: 'owned' }])).toBe('prod');
    expect(clusterIdOf([{ Key: 'Name', Value: 'a' }])).toBeUndefined();
    expect(hasClusterTag([{ Key: 'KubernetesCluster', Value: 'demo' }], 'demo')).toBe(true);
    expect(hasClusterTag([{ Key: 'KubernetesCluster', Value: 'other' }], 'demo')).toBe(false);
    expect(hasClusterTag([{ Key: 'kubernetes.io/cluster/demo', Value: 'shared' }], 'demo')).toBe(true);
  });
});

describe('parseJson', () => {
  const output = (text: string, exitCode: number | null) => ({ kind: 'present', source: 'aws ec2', value: { output: text, exitCode } }) as const;
  it('reads JSON only from a command that succeeded', () => {
    expect(parseJson(output('{"a":1}', 0))).toEqual({ a: 1 });
    expect(parseJson(output('{"a":1}', 255))).toBeUndefined();
    expect(parseJson(output('Unable to locate credentials.', 0))).toBeUndefined();
  });
});
