import { evidence, finding } from './finding.ts';
import { DEFAULT_CNI_CONF_DIR, readCniConfigs } from './parse/cni.ts';
import { readKubelet } from './parse/kubelet.ts';
import type { Probe } from './types.ts';

export const cniConfig: Probe = {
  id: 'cni-config',
  title: 'CNI configuration',
  chapter: 'cni',
  questions: [],
  reads: 'reads the CNI conf dir',
  async run({ host, timeoutMs, signal }) {
    const expected = 'a parseable network config in the CNI conf dir';
    const { flags } = await readKubelet(host, timeoutMs, signal);
    const dir = flags.get('cni-conf-dir') ?? flags.get('network-plugin-dir') ?? DEFAULT_CNI_CONF_DIR;
    const configs = await readCniConfigs(host, dir);
    if (!configs.length) {
      return flags.get('network-plugin') === 'cni'
        ? finding('fail', `no config in ${dir}: kubelet reports the CNI config uninitialized`, expected, { node: 'configure-cni-1-4' })
        : finding('n/a', `no config in ${dir}, and kubelet is not set to CNI`, expected);
    }
    const broken = configs.find((config) => config.error);
    const proof = configs.map((config) => evidence(config.file, config.error ? `not valid JSON: ${config.error}` : `types: ${config.types.join(', ')}`));
    if (broken) return finding('fail', `${broken.file} is not valid JSON`, expected, { evidence: proof, node: 'configure-cni-1-4' });
    return finding('pass', `${configs[0]!.file} (${configs[0]!.types.join(', ')})`, expected, { evidence: proof });
  },
};
