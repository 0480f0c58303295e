import { evidence, finding, linesMatching } from './finding.ts';
import type { Probe } from './types.ts';

/**
 * Whether bridge netfilter is available. On CentOS 7's kernels it lives inside `bridge`, with no separate
 * br_netfilter module: the keys under /proc/sys/net/bridge are the proof, never /sys/module alone (k/k#23385).
 */
export const bridgeNetfilterModule: Probe = {
  id: 'bridge-netfilter-module',
  title: 'bridge netfilter in the kernel',
  chapter: 'netfilter',
  questions: [],
  reads: 'reads /proc/sys/net/bridge and /proc/modules',
  async run({ host }) {
    const expected = 'the bridge-nf-call keys exist (bridge, or br_netfilter on newer kernels, loaded)';
    const keys = await host.listDir('/proc/sys/net/bridge');
    const modules = await host.readFile('/proc/modules');
    const loaded = linesMatching(modules ?? '', /^(bridge|br_netfilter)\s/);
    const proof = [...(loaded ? [evidence('/proc/modules', loaded)] : [])];
    if (keys?.some((name) => name.startsWith('bridge-nf-call'))) {
      return finding('pass', `present: ${keys.filter((name) => name.startsWith('bridge-nf-call')).join(', ')}`, expected, {
        evidence: [evidence('/proc/sys/net/bridge', keys.join('\n')), ...proof],
      });
    }
    if (modules === undefined) return finding('unknown', 'no /proc/modules or /proc/sys/net/bridge to read', expected);
    if (/^bridge\s/m.test(modules)) {
      return finding('fail', 'bridge is loaded but its netfilter keys are missing: load br_netfilter (a module of its own since kernel 3.18)', expected, { evidence: proof, node: 'sysctl-conf-doom' });
    }
    return finding('warn', 'no bridge module loaded yet (Docker loads it when it creates docker0)', expected, { evidence: proof, node: 'bridge-netfilter' });
  },
};
