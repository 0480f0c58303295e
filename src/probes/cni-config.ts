import { cannotTell, evidence, finding } from './finding.ts';
import { DEFAULT_CNI_CONF_DIR, readCniConfigs } from './parse/cni.ts';
import { readKubelet } from './parse/kubelet.ts';
import type { Probe } from './types.ts';

export const cniConfig: Probe = {
  id: 'cni-config',
  title: 'CNI configuration',
  chapter: 'cni',
  reads: 'reads the CNI conf dir',
  expected: 'a parseable network config in the CNI conf dir',
  async run({ host }) {
    const { flags, flagsComplete, gaps: flagGaps } = await readKubelet(host);
    const dir = flags.get('cni-conf-dir') ?? flags.get('network-plugin-dir') ?? DEFAULT_CNI_CONF_DIR;
    const { configs, gaps } = await readCniConfigs(host, dir);
    const proof = configs.map((config) => evidence(config.file, config.error ? `not valid JSON: ${config.error}` : `types: ${config.types.join(', ')}`));
    const broken = configs.find((config) => config.error);
    if (broken) return finding('fail', `${broken.file} is not valid JSON`, { evidence: proof, node: 'configure-cni-1-4' });
    if (configs.length) return finding('pass', `${configs[0]!.file} (${configs[0]!.types.join(', ')})`, { evidence: proof });
    if (gaps.length) return cannotTell(`cannot read the CNI configs in ${dir}`, gaps);
    if (flags.get('network-plugin') === 'cni' && !flagsComplete && !flags.has('cni-conf-dir') && !flags.has('network-plugin-dir')) {
      return cannotTell(`no config in ${dir}, but the kubelet's flags cannot all be read to tell whether it looks elsewhere`, flagGaps);
    }
    if (flags.get('network-plugin') === 'cni') return finding('fail', `no config in ${dir}: kubelet reports the CNI config uninitialized`, { node: 'configure-cni-1-4' });
    if (!flagsComplete) return cannotTell(`no config in ${dir}, and the kubelet's flags cannot all be read to tell whether it uses CNI`, flagGaps);
    return finding('n/a', `no config in ${dir}, and kubelet is not set to CNI`);
  },
};
