import type { Host, NotPresent } from '../../host/index.ts';
import { gapsOf } from '../finding.ts';

export interface CniConfig {
  file: string;
  /** Plugin types the config names, chained plugins included. */
  types: string[];
  error?: string;
}

export interface CniConfigs {
  configs: CniConfig[];
  /** The directory or a config in it was not collected or could not be read. */
  gaps: NotPresent[];
  /** The directory itself is not there. */
  absent: boolean;
}

export const DEFAULT_CNI_BIN_DIR = '/opt/cni/bin';
export const DEFAULT_CNI_CONF_DIR = '/etc/cni/net.d';

/**
 * The configs kubelet would consider in a conf dir: *.conf, *.conflist and *.json, in name order. Each read
 * goes through the probe's host, so a directory of 100,000 names stops being read at the probe's deadline.
 */
export async function readCniConfigs(host: Host, dir: string): Promise<CniConfigs> {
  const listing = await host.listDir(dir);
  if (listing.kind !== 'present') return { configs: [], gaps: gapsOf(listing), absent: listing.kind === 'absent' };
  const configs: CniConfig[] = [];
  const gaps: NotPresent[] = [];
  for (const name of listing.value.filter((entry) => /\.(conf|conflist|json)$/.test(entry))) {
    const file = `${dir}/${name}`;
    const read = await host.readFile(file);
    if (read.kind !== 'present') {
      gaps.push(...gapsOf(read));
      continue;
    }
    try {
      const json = JSON.parse(read.value) as { type?: unknown; plugins?: { type?: unknown }[] };
      const types = [json.type, ...(Array.isArray(json.plugins) ? json.plugins : []).map((plugin) => plugin?.type)].filter((type): type is string => typeof type === 'string');
      configs.push({ file, types });
    } catch (error) {
      configs.push({ file, types: [], error: (error as Error).message });
    }
  }
  return { configs, gaps, absent: false };
}
