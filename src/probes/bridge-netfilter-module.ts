import { cannotTell, evidence, finding, gapsOf, linesMatching } from './finding.ts';
import { bridgeKeys } from './parse/bridge.ts';
import type { Probe } from './types.ts';

/**
 * Whether bridge netfilter is available. On CentOS 7's kernels it lives inside `bridge`, with no separate
 * br_netfilter module: the bridge-nf-call keys are the proof, never /sys/module alone (k/k#23385). The keys come
 * from /proc/sys, or from recorded `sysctl -a` output where /proc/sys was not collected.
 */
export const bridgeNetfilterModule: Probe = {
  id: 'bridge-netfilter-module',
  title: 'bridge netfilter in the kernel',
  chapter: 'netfilter',
  reads: 'reads /proc/sys/net/bridge (or sysctl -a) and the loaded modules',
  expected: 'the bridge-nf-call keys exist (bridge, or br_netfilter on newer kernels, loaded)',
  async run({ host }) {
    const keys = await bridgeKeys(host);
    const modules = await host.read('kernel-modules');
    const text = modules.kind === 'present' ? modules.value.output : undefined;
    const loaded = linesMatching(text ?? '', /^(bridge|br_netfilter)\s/);
    const proof = loaded && modules.kind === 'present' ? [evidence(modules.source, loaded)] : [];
    if ('keys' in keys && keys.keys.length) return finding('pass', `present: ${keys.keys.join(', ')}`, { evidence: [keys.evidence, ...proof] });
    const gaps = gapsOf('gap' in keys ? keys.gap : undefined, modules);
    if ('gap' in keys) return cannotTell('cannot list the bridge-nf-call keys', gaps, proof);
    if (text === undefined) return cannotTell('no bridge-nf-call keys, and the loaded modules cannot be read', gaps, [keys.evidence]);
    if (/^br_netfilter\s/m.test(text)) return finding('unknown', 'br_netfilter is loaded, yet no bridge-nf-call keys were recorded: the two disagree', { evidence: [keys.evidence, ...proof] });
    if (/^bridge\s/m.test(text)) {
      return finding('fail', 'bridge is loaded but its netfilter keys are missing: load br_netfilter (a module of its own since kernel 3.18)', { evidence: [keys.evidence, ...proof], node: 'sysctl-conf-doom' });
    }
    return finding('warn', 'no bridge module loaded yet (Docker loads it when it creates docker0)', { evidence: [keys.evidence, ...proof], node: 'bridge-netfilter' });
  },
};
