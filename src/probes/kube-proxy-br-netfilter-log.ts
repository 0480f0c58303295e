import { commandUnknown, evidence, finding, linesMatching } from './finding.ts';
import type { Probe } from './types.ts';

const WARNING = /missing br-netfilter module or unset br-nf-call-iptables/;

export const kubeProxyBrNetfilterLog: Probe = {
  id: 'kube-proxy-br-netfilter-log',
  title: "kube-proxy's br-netfilter warning",
  chapter: 'netfilter',
  questions: [],
  reads: 'runs journalctl --unit kube-proxy, reads /var/log/kube-proxy.log',
  async run({ host, timeoutMs, signal }) {
    const expected = 'no warning, or the known false positive with bridge-nf-call-iptables = 1';
    const journal = await host.run('kube-proxy-log', [], { timeoutMs, signal });
    const file = await host.readFile('/var/log/kube-proxy.log');
    const log = journal.exitCode === 0 ? { text: journal.output, source: journal.source } : file !== undefined ? { text: file, source: '/var/log/kube-proxy.log' } : undefined;
    if (!log) return commandUnknown(journal, expected, '; no /var/log/kube-proxy.log either');
    // journalctl exits 0 with "-- No entries --" (or no journal at all) on a host without kube-proxy.
    if (!/kube-proxy|proxier\.go|I\d{4} \d/.test(log.text)) return finding('n/a', `no kube-proxy log entries in ${log.source}`, expected);
    const line = linesMatching(log.text, WARNING, 1);
    if (!line) return finding('pass', 'no br-netfilter warning in the kube-proxy log', expected);
    const value = (await host.readFile('/proc/sys/net/bridge/bridge-nf-call-iptables'))?.trim();
    const proof = [evidence(log.source, line), evidence('/proc/sys/net/bridge/bridge-nf-call-iptables', value ?? '(missing)')];
    if (value === '1') {
      return finding('warn', 'the warning is the known false positive: bridge-nf-call-iptables is 1 (k/k#23385)', expected, { evidence: proof, node: 'kube-proxy-br-netfilter-warning' });
    }
    return finding('fail', 'kube-proxy warns, and bridge-nf-call-iptables really is not 1', expected, { evidence: proof, node: 'bridge-netfilter-ignored-doom' });
  },
};
