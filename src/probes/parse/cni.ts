import type { Host } from '../../host/index.ts';

export interface CniConfig {
  file: string;
  /** Plugin types the config names, chained plugins included. */
  types: string[];
  error?: string;
}

export const DEFAULT_CNI_BIN_DIR = '/opt/cni/bin';
export const DEFAULT_CNI_CONF_DIR = '/etc/cni/net.d';

/** The configs kubelet would consider in a conf dir: *.conf, *.conflist and *.json, in name order. */
export async function readCniConfigs(host: Host, dir: string): Promise<CniConfig[]> {
  const names = ((await host.listDir(dir)) ?? []).filter((name) => /\.(conf|conflist|json)$/.test(name));
  const configs: CniConfig[] = [];
  for (const name of names) {
    const file = `${dir}/${name}`;
    try {
      const json = JSON.parse((await host.readFile(file)) ?? '') as { type?: unknown; plugins?: { type?: unknown }[] };
      const types = [json.type, ...(json.plugins ?? []).map((plugin) => plugin.type)].filter((type): type is string => typeof type === 'string');
      configs.push({ file, types });
    } catch (error) {
      configs.push({ file, types: [], error: (error as Error).message });
    }
  }
  return configs;
}
