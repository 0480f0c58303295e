import type { CommandOutput, Host, Outcome } from '../../host/index.ts';
import { cannotTell, evidence, finding, isFinding, usableOutput } from '../finding.ts';
import type { Evidence, Finding } from '../types.ts';
import { ec2Identity } from './ec2-identity.ts';

export interface Tag {
  Key: string;
  Value: string;
}

export interface Ec2Instance {
  instanceId: string;
  region: string;
  tags: Tag[];
  securityGroups: string[];
  evidence: Evidence[];
}

const LEGACY_TAG = 'KubernetesCluster';
const TAG_PREFIX = 'kubernetes.io/cluster/';

/** The instance as EC2 describes it, or the reason it can't be: no EC2, no aws CLI, no credentials. */
export async function describeInstance(host: Host): Promise<Ec2Instance | Finding> {
  const id = await ec2Identity(host);
  if (id.isEc2 === undefined) return cannotTell('cannot tell whether this is an EC2 instance', id.gaps, id.evidence);
  if (!id.isEc2) return finding('n/a', 'not an EC2 instance (no instance id in cloud-init data, no EC2 in DMI)', { evidence: id.evidence });
  if (!id.instanceId || !id.region) return cannotTell('an EC2 instance, but its id or region is not recorded on disk', id.gaps, id.evidence);
  const result = await host.run('aws-instance', [id.region, '--instance-ids', id.instanceId]);
  const parsed = parseJson<{ Reservations?: { Instances?: { Tags?: Tag[]; SecurityGroups?: { GroupId: string }[] }[] }[] }>(result);
  const instance = parsed?.Reservations?.[0]?.Instances?.[0];
  if (!instance) return awsUnknown(result);
  return {
    instanceId: id.instanceId,
    region: id.region,
    tags: instance.Tags ?? [],
    securityGroups: (instance.SecurityGroups ?? []).map((group) => group.GroupId),
    evidence: [...id.evidence, evidence(result.source, `Tags: ${(instance.Tags ?? []).map((t) => `${t.Key}=${t.Value}`).join(', ')}`)],
  };
}

export function parseJson<T>(result: Outcome<CommandOutput>): T | undefined {
  if (result.kind !== 'present' || (result.value.exitCode !== 0 && result.value.exitCode !== null)) return undefined;
  try {
    return JSON.parse(result.value.output) as T;
  } catch {
    return undefined;
  }
}

/** No credentials, no CLI, no answer: never a failure of the node, only something this probe cannot tell. */
export function awsUnknown(result: Outcome<CommandOutput>): Finding {
  const hint = result.kind === 'present' && /credentials|AccessDenied|UnauthorizedOperation/i.test(result.value.output) ? ' (no usable AWS credentials)' : '';
  const usable = usableOutput(result, hint);
  return isFinding(usable) ? usable : finding('unknown', `${usable.source} gave no answer to read${hint}`, { evidence: [evidence(usable.source, usable.text.split('\n').slice(0, 3).join('\n'))] });
}

/** The cluster id the instance carries, in the legacy or the 1.6+ tag. */
export function clusterIdOf(tags: Tag[]): string | undefined {
  return tags.find((tag) => tag.Key === LEGACY_TAG)?.Value ?? tags.find((tag) => tag.Key.startsWith(TAG_PREFIX))?.Key.slice(TAG_PREFIX.length);
}

/** The AWS cloud provider's rule: the legacy tag with this cluster's id, or the new key for it. */
export const hasClusterTag = (tags: Tag[], clusterId: string): boolean =>
  tags.some((tag) => (tag.Key === LEGACY_TAG && tag.Value === clusterId) || tag.Key === `${TAG_PREFIX}${clusterId}`);
