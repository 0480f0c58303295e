import { cannotTell, evidence, finding, gapEvidence } from './finding.ts';
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
  reads: 'lists the CNI bin dir and reads the CNI configs',
  expected: 'loopback, and every plugin the CNI config names, in the CNI bin dir',
  async run({ host, question }) {
    const { version, flags, flagsComplete, gaps: flagGaps } = await readKubelet(host);
    const words = question === 'cni-binaries-1-3' || (!question && version?.[1] === 3) ? CHOICES['cni-binaries-1-3'] : CHOICES['cni-loopback-1-4'];
    const binDir = flags.get('cni-bin-dir') ?? DEFAULT_CNI_BIN_DIR;
    const confDir = flags.get('cni-conf-dir') ?? flags.get('network-plugin-dir') ?? DEFAULT_CNI_CONF_DIR;
    const listing = await host.listDir(binDir);
    const { configs, gaps: confGaps, absent: noConfDir } = await readCniConfigs(host, confDir);
    const present = listing.kind === 'present' ? listing.value : undefined;
    const needed = [...new Set(['loopback', ...configs.flatMap((config) => config.types)])];
    const proof = [
      listing.kind === 'present' ? evidence(binDir, listing.value.join('\n') || '(empty)') : listing.kind === 'absent' ? evidence(binDir, '(missing)') : gapEvidence(listing),
      ...configs.map((config) => evidence(config.file, `types: ${config.types.join(', ') || '(none)'}`)),
    ];
    if (listing.kind !== 'present' && listing.kind !== 'absent') return cannotTell(`cannot list ${binDir}`, [listing], proof.slice(1));
    if (!present && !configs.length && noConfDir && flagsComplete && !flags.size) return finding('n/a', `no ${binDir}, no CNI config and no kubelet: not a CNI node`);
    const missing = needed.filter((name) => !present?.includes(name));
    // A plugin missing from a directory that was read is missing; a config that could not be read may name more.
    if (missing.length) {
      if (!flagsComplete && !flags.has('cni-bin-dir')) return cannotTell(`${binDir} lacks ${missing.join(', ')}, but the kubelet's flags cannot all be read to tell whether it uses another directory`, flagGaps, proof);
      return finding('fail', `${binDir} lacks ${missing.join(', ')}`, {
        evidence: proof,
        ...(missing.includes('loopback') ? { suggests: words.missing, node: words.doom } : { node: 'configure-cni-1-4' }),
      });
    }
    if (confGaps.length) return cannotTell(`${binDir} has ${needed.join(', ')}, but the CNI configs cannot all be read to see which plugins they need`, confGaps, proof);
    return finding('pass', `${binDir} has ${needed.join(', ')}`, { evidence: proof, suggests: words.ok });
  },
};
