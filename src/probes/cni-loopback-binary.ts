import { evidence, finding } from './finding.ts';
import { DEFAULT_CNI_BIN_DIR, DEFAULT_CNI_CONF_DIR, readCniConfigs } from './parse/cni.ts';
import { readKubelet } from './parse/kubelet.ts';
import type { Probe } from './types.ts';

/** The same finding answers the 1.3 and the 1.4 question, in each one's words. */
const CHOICES = {
  'cni-binaries-1-3': { ok: 'cni-release-binaries', missing: 'plugin-binary-only', doom: 'cni-binaries-missing-doom' },
  'cni-loopback-1-4': { ok: 'cni-0-2-with-loopback', missing: 'no-loopback', doom: 'cni-loopback-missing-doom' },
} as const;

export const cniLoopbackBinary: Probe = {
  id: 'cni-loopback-binary',
  title: 'CNI plugin binaries',
  chapter: 'cni',
  questions: Object.keys(CHOICES),
  reads: 'lists the CNI bin dir and reads the CNI configs',
  async run({ host, question, timeoutMs, signal }) {
    const expected = 'loopback, and every plugin the CNI config names, in the CNI bin dir';
    const { version, flags } = await readKubelet(host, timeoutMs, signal);
    const words = question === 'cni-binaries-1-3' || (!question && version?.[1] === 3) ? CHOICES['cni-binaries-1-3'] : CHOICES['cni-loopback-1-4'];
    const binDir = flags.get('cni-bin-dir') ?? DEFAULT_CNI_BIN_DIR;
    const confDir = flags.get('cni-conf-dir') ?? flags.get('network-plugin-dir') ?? DEFAULT_CNI_CONF_DIR;
    const present = await host.listDir(binDir);
    const configs = await readCniConfigs(host, confDir);
    const needed = [...new Set(['loopback', ...configs.flatMap((config) => config.types)])];
    const proof = [evidence(binDir, present?.join('\n') ?? '(missing)'), ...configs.map((config) => evidence(config.file, `types: ${config.types.join(', ') || '(none)'}`))];
    if (!present && !configs.length && !flags.size) return finding('n/a', `no ${binDir}, no CNI config and no kubelet: not a CNI node`, expected);
    const missing = needed.filter((name) => !present?.includes(name));
    if (!missing.length) return finding('pass', `${binDir} has ${needed.join(', ')}`, expected, { evidence: proof, suggests: words.ok });
    return finding('fail', `${binDir} lacks ${missing.join(', ')}`, expected, {
      evidence: proof,
      ...(missing.includes('loopback') ? { suggests: words.missing, node: words.doom } : { node: 'configure-cni-1-4' }),
    });
  },
};
