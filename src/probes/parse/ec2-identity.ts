import type { Host, NotPresent } from '../../host/index.ts';
import { evidence, gapsOf } from '../finding.ts';
import type { Evidence } from '../types.ts';

const DMI = '/sys/devices/virtual/dmi/id';

export interface Ec2Identity {
  instanceId?: string;
  region?: string;
  /** true: EC2; false: the host's identity says it is not; undefined: nothing readable tells. */
  isEc2?: boolean;
  evidence: Evidence[];
  gaps: NotPresent[];
}

/** The DMI fields that tell EC2 apart: from the sysfs files, or from dmidecode's output where those were not kept. */
async function dmiFields(host: Host, identity: Ec2Identity): Promise<{ vendor?: string; bios?: string; uuid?: string } | undefined> {
  const [vendor, bios, uuid] = await Promise.all(['sys_vendor', 'bios_version', 'product_uuid'].map((name) => host.readFile(`${DMI}/${name}`)));
  if (vendor!.kind === 'present' || bios!.kind === 'present') {
    identity.gaps.push(...gapsOf(uuid));
    const value = (read: typeof vendor) => (read!.kind === 'present' ? read!.value.trim() : undefined);
    const fields = { vendor: value(vendor), bios: value(bios), uuid: value(uuid) };
    identity.evidence.push(evidence(DMI, Object.entries(fields).filter(([, text]) => text).map(([name, text]) => `${name}: ${text}`).join('\n')));
    return fields;
  }
  if (vendor!.kind === 'absent') return undefined;
  const table = await host.read('dmidecode');
  if (table.kind !== 'present') {
    identity.gaps.push(...gapsOf(vendor, table));
    return undefined;
  }
  // dmidecode: "System Information / Manufacturer: Xen / Version: 4.2.amazon / UUID: EC2…", "BIOS Information / Version: …".
  const section = (title: string) => new RegExp(`^${title}\\n((?:[ \\t]+.*\\n?)*)`, 'm').exec(table.value.output)?.[1] ?? '';
  const field = (text: string, name: string) => new RegExp(`^[ \\t]+${name}:[ \\t]*(\\S.*?)[ \\t]*$`, 'm').exec(text)?.[1];
  const system = section('System Information');
  const fields = { vendor: field(system, 'Manufacturer'), bios: field(section('BIOS Information'), 'Version'), uuid: field(system, 'UUID') };
  identity.evidence.push(evidence(table.source, Object.entries(fields).filter(([, text]) => text).map(([name, text]) => `${name}: ${text}`).join('\n') || '(no system information)'));
  return fields;
}

/** Where an EC2 instance can be recognised without the network: cloud-init's data and the DMI tables. */
export async function ec2Identity(host: Host): Promise<Ec2Identity> {
  const identity: Ec2Identity = { evidence: [], gaps: [] };
  const data = await host.readFile('/run/cloud-init/instance-data.json');
  identity.gaps.push(...gapsOf(data));
  if (data.kind === 'present') {
    try {
      const v1 = (JSON.parse(data.value) as { v1?: { instance_id?: string; region?: string; availability_zone?: string } }).v1 ?? {};
      if (/^i-[0-9a-f]+$/.test(v1.instance_id ?? '')) identity.instanceId = v1.instance_id;
      const region = v1.region ?? v1.availability_zone?.replace(/[a-z]$/, '');
      if (region) identity.region = region;
      identity.evidence.push(evidence(data.source, `instance_id: ${v1.instance_id ?? ''}\nregion: ${region ?? ''}`));
    } catch {
      identity.evidence.push(evidence(data.source, 'not valid JSON'));
    }
  }
  for (const file of ['/var/lib/cloud/data/instance-id', `${DMI}/board_asset_tag`]) {
    const read = await host.readFile(file);
    const id = read.kind === 'present' ? read.value.trim() : undefined;
    if (id && /^i-[0-9a-f]+$/.test(id)) {
      identity.instanceId ??= id;
      identity.evidence.push(evidence(read.source, id));
    }
  }
  const dmi = await dmiFields(host, identity);
  const says = dmi && (/Amazon EC2/i.test(dmi.vendor ?? '') || /amazon/i.test(dmi.bios ?? '') || /^ec2/i.test(dmi.uuid ?? ''));
  if (identity.instanceId || says) identity.isEc2 = true;
  // EC2 is Xen ("Xen", BIOS "4.2.amazon") or Nitro ("Amazon EC2"): another vendor, or Xen with another BIOS, is not EC2.
  else if (dmi && dmi.vendor && (!/xen/i.test(dmi.vendor) || (dmi.bios && !/amazon/i.test(dmi.bios)))) identity.isEc2 = false;
  else if (!identity.gaps.length) identity.isEc2 = false;
  return identity;
}
