import type { CommandResult, Host } from '../../host/index.ts';
import { commandUnknown, evidence, finding } from '../finding.ts';
import type { Evidence, Finding } from '../types.ts';

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

/** Where an EC2 instance can be recognised without the network: cloud-init's data and the DMI tables. */
async function identity(host: Host): Promise<{ instanceId?: string; region?: string; isEc2: boolean; evidence: Evidence[] }> {
  const proof: Evidence[] = [];
  let instanceId: string | undefined;
  let region: string | undefined;
  const data = await host.readFile('/run/cloud-init/instance-data.json');
  if (data) {
    try {
      const v1 = (JSON.parse(data) as { v1?: { instance_id?: string; region?: string; availability_zone?: string } }).v1 ?? {};
      if (/^i-[0-9a-f]+$/.test(v1.instance_id ?? '')) instanceId = v1.instance_id;
      region = v1.region ?? v1.availability_zone?.replace(/[a-z]$/, '');
      proof.push(evidence('/run/cloud-init/instance-data.json', `instance_id: ${v1.instance_id ?? ''}\nregion: ${region ?? ''}`));
    } catch {
      proof.push(evidence('/run/cloud-init/instance-data.json', 'not valid JSON'));
    }
  }
  for (const file of ['/var/lib/cloud/data/instance-id', '/sys/devices/virtual/dmi/id/board_asset_tag']) {
    const id = (await host.readFile(file))?.trim();
    if (id && /^i-[0-9a-f]+$/.test(id)) {
      instanceId ??= id;
      proof.push(evidence(file, id));
    }
  }
  const vendor = `${(await host.readFile('/sys/devices/virtual/dmi/id/sys_vendor')) ?? ''} ${(await host.readFile('/sys/devices/virtual/dmi/id/product_uuid')) ?? ''}`;
  const isEc2 = Boolean(instanceId) || /Amazon EC2|^\s*ec2/i.test(vendor);
  return { ...(instanceId ? { instanceId } : {}), ...(region ? { region } : {}), isEc2, evidence: proof };
}

/** The instance as EC2 describes it, or the reason it can't be: no EC2, no aws CLI, no credentials. */
export async function describeInstance(host: Host, timeoutMs: number, signal: AbortSignal, expected: string): Promise<Ec2Instance | Finding> {
  const id = await identity(host);
  if (!id.isEc2) return finding('n/a', 'not an EC2 instance (no instance id in cloud-init data or DMI)', expected, { evidence: id.evidence });
  if (!id.instanceId || !id.region) return finding('unknown', 'an EC2 instance, but its id or region is not recorded on disk', expected, { evidence: id.evidence });
  const result = await host.run('aws-instance', [id.region, '--instance-ids', id.instanceId], { timeoutMs, signal });
  const parsed = parseJson<{ Reservations?: { Instances?: { Tags?: Tag[]; SecurityGroups?: { GroupId: string }[] }[] }[] }>(result);
  const instance = parsed?.Reservations?.[0]?.Instances?.[0];
  if (!instance) return awsUnknown(result, expected);
  return {
    instanceId: id.instanceId,
    region: id.region,
    tags: instance.Tags ?? [],
    securityGroups: (instance.SecurityGroups ?? []).map((group) => group.GroupId),
    evidence: [...id.evidence, evidence(result.source, `Tags: ${(instance.Tags ?? []).map((t) => `${t.Key}=${t.Value}`).join(', ')}`)],
  };
}

export function parseJson<T>(result: CommandResult): T | undefined {
  if (result.exitCode !== 0) return undefined;
  try {
    return JSON.parse(result.output) as T;
  } catch {
    return undefined;
  }
}

/** No credentials, no CLI, no answer: never a failure of the node, only something this probe cannot tell. */
export const awsUnknown = (result: CommandResult, expected: string): Finding =>
  commandUnknown(result, expected, /credentials|AccessDenied|UnauthorizedOperation/i.test(result.output) ? ' (no usable AWS credentials)' : '');

/** The cluster id the instance carries, in the legacy or the 1.6+ tag. */
export function clusterIdOf(tags: Tag[]): string | undefined {
  return tags.find((tag) => tag.Key === LEGACY_TAG)?.Value ?? tags.find((tag) => tag.Key.startsWith(TAG_PREFIX))?.Key.slice(TAG_PREFIX.length);
}

/** The AWS cloud provider's rule: the legacy tag with this cluster's id, or the new key for it. */
export const hasClusterTag = (tags: Tag[], clusterId: string): boolean =>
  tags.some((tag) => (tag.Key === LEGACY_TAG && tag.Value === clusterId) || tag.Key === `${TAG_PREFIX}${clusterId}`);
