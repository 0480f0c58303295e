import { cannotTell, evidence, finding, gapsOf } from './finding.ts';
import { liveBridgeValue } from './parse/bridge.ts';
import { effectiveSysctl } from './parse/sysctl.ts';
import type { Evidence, Probe } from './types.ts';
import type { NotPresent } from '../host/index.ts';

const KEYS = ['iptables', 'ip6tables'] as const;

/**
 * The live values and what the configuration will set at the next boot. Together they tell which of the
 * walkthrough's four approaches the host took: nothing, /proc by hand, /etc/sysctl.conf, or a sysctl.d file.
 * A verdict about what is set at boot needs every sysctl.d directory read: one not collected could hold it.
 */
export const bridgeNfCall: Probe = {
  id: 'bridge-nf-call',
  title: 'bridge-nf-call-iptables and -ip6tables',
  chapter: 'netfilter',
  reads: 'reads /proc/sys/net/bridge (or sysctl -a) and the sysctl.d files',
  expected: 'both 1 now, and set to 1 in a sysctl.d file for every boot',
  async run({ host }) {
    const proof: Evidence[] = [];
    const live: (string | undefined)[] = [];
    const persisted: (string | undefined)[] = [];
    const inSysctlConf: (string | undefined)[] = [];
    const liveGaps: NotPresent[] = [];
    const bootGaps = new Map<string, NotPresent>();
    for (const key of KEYS) {
      const value = await liveBridgeValue(host, key);
      proof.push(value.evidence);
      if ('gap' in value) liveGaps.push(value.gap);
      live.push('gap' in value || value.value === 'missing' ? undefined : value.value);
      const effective = await effectiveSysctl(host, `net.bridge.bridge-nf-call-${key}`);
      for (const gap of gapsOf(...effective.gaps)) bootGaps.set(gap.source, gap);
      persisted.push(effective.value);
      inSysctlConf.push(effective.sysctlConf);
      for (const { file, value: set } of effective.chain) proof.push(evidence(file, `net.bridge.bridge-nf-call-${key} = ${set}`));
      if (effective.sysctlConf !== undefined) proof.push(evidence('/etc/sysctl.conf', `net.bridge.bridge-nf-call-${key} = ${effective.sysctlConf}`));
    }
    const all = (values: (string | undefined)[]) => values.every((value) => value === '1');
    const liveText = live.every((value) => value === undefined) ? 'missing' : live.map((value) => value ?? 'missing').join('/');
    if (all(persisted)) {
      if (all(live)) return finding('pass', 'both 1, and persisted in sysctl.d', { evidence: proof, suggests: 'sysctl-d-file' });
      if (liveGaps.length) return cannotTell('persisted in sysctl.d, but the live values cannot be read', liveGaps, proof);
      return finding('warn', `persisted in sysctl.d, but live values are ${liveText}: applied when the bridge module loads`, { evidence: proof, suggests: 'sysctl-d-file', node: 'reboot-and-verify' });
    }
    if (liveGaps.length) return cannotTell('the live values cannot be read', liveGaps, proof);
    // Not 1 now is a fact about the node whatever the configuration says.
    if (!all(live)) return finding('fail', `live values are ${liveText}: bridged traffic bypasses iptables`, { evidence: proof, suggests: 'ignore-warnings', node: 'bridge-netfilter-ignored-doom' });
    if (bootGaps.size) return cannotTell('both 1 now; not set in any sysctl.d file the capture holds, but not every one could be read', [...bootGaps.values()], proof);
    if (all(inSysctlConf)) {
      return finding('fail', 'set only in /etc/sysctl.conf: the boot-time race with the bridge module can lose it', { evidence: proof, suggests: 'sysctl-conf', node: 'sysctl-conf-doom' });
    }
    return finding('fail', 'both 1 now, but nothing sets them at boot: lost at the next reboot', { evidence: proof, suggests: 'echo-to-proc', node: 'echo-to-proc-doom' });
  },
};
