import { evidence, finding } from './finding.ts';
import { effectiveSysctl } from './parse/sysctl.ts';
import type { Evidence, Probe } from './types.ts';

const KEYS = ['iptables', 'ip6tables'] as const;

/**
 * The live values and what the configuration will set at the next boot. Together they tell which of the
 * walkthrough's four approaches the host took: nothing, /proc by hand, /etc/sysctl.conf, or a sysctl.d file.
 */
export const bridgeNfCall: Probe = {
  id: 'bridge-nf-call',
  title: 'bridge-nf-call-iptables and -ip6tables',
  chapter: 'netfilter',
  questions: ['bridge-netfilter'],
  reads: 'reads /proc/sys/net/bridge and the sysctl.d files',
  async run({ host }) {
    const expected = 'both 1 now, and set to 1 in a sysctl.d file for every boot';
    const proof: Evidence[] = [];
    const live: (string | undefined)[] = [];
    const persisted: (string | undefined)[] = [];
    const inSysctlConf: (string | undefined)[] = [];
    for (const key of KEYS) {
      const path = `/proc/sys/net/bridge/bridge-nf-call-${key}`;
      const value = (await host.readFile(path))?.trim();
      live.push(value);
      proof.push(evidence(path, value ?? '(missing: bridge netfilter is not loaded)'));
      const effective = await effectiveSysctl(host, `net.bridge.bridge-nf-call-${key}`);
      persisted.push(effective.value);
      inSysctlConf.push(effective.sysctlConf);
      for (const { file, value: set } of effective.chain) proof.push(evidence(file, `net.bridge.bridge-nf-call-${key} = ${set}`));
      if (effective.sysctlConf !== undefined) proof.push(evidence('/etc/sysctl.conf', `net.bridge.bridge-nf-call-${key} = ${effective.sysctlConf}`));
    }
    const all = (values: (string | undefined)[]) => values.every((value) => value === '1');
    const liveText = live.every((value) => value === undefined) ? 'missing' : live.map((value) => value ?? 'missing').join('/');
    if (all(persisted)) {
      return all(live)
        ? finding('pass', 'both 1, and persisted in sysctl.d', expected, { evidence: proof, suggests: 'sysctl-d-file' })
        : finding('warn', `persisted in sysctl.d, but live values are ${liveText}: applied when the bridge module loads`, expected, { evidence: proof, suggests: 'sysctl-d-file', node: 'reboot-and-verify' });
    }
    if (all(inSysctlConf)) {
      return finding('fail', 'set only in /etc/sysctl.conf: the boot-time race with the bridge module can lose it', expected, { evidence: proof, suggests: 'sysctl-conf', node: 'sysctl-conf-doom' });
    }
    if (all(live)) {
      return finding('fail', 'both 1 now, but nothing sets them at boot: lost at the next reboot', expected, { evidence: proof, suggests: 'echo-to-proc', node: 'echo-to-proc-doom' });
    }
    return finding('fail', `live values are ${liveText}: bridged traffic bypasses iptables`, expected, { evidence: proof, suggests: 'ignore-warnings', node: 'bridge-netfilter-ignored-doom' });
  },
};
