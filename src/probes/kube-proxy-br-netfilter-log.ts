import { cannotTell, evidence, finding, gapsOf, isFinding, linesMatching, usableOutput } from './finding.ts';
import { liveBridgeValue } from './parse/bridge.ts';
import type { Probe } from './types.ts';
import { CORRELATIONS } from '../why/correlations.ts';

// What the warning means depends on the value: the rule `why` applies to a log holding both lines.
const RULE = CORRELATIONS.find((rule) => rule.id === 'kube-proxy-br-netfilter')!;

const WARNING = /missing br-netfilter module or unset br-nf-call-iptables/;
const LOG_FILE = '/var/log/kube-proxy.log';

export const kubeProxyBrNetfilterLog: Probe = {
  id: 'kube-proxy-br-netfilter-log',
  title: "kube-proxy's br-netfilter warning",
  chapter: 'netfilter',
  reads: 'runs journalctl --unit kube-proxy, reads /var/log/kube-proxy.log',
  expected: 'no warning, or the known false positive with bridge-nf-call-iptables = 1',
  async run({ host }) {
    const journalRead = await host.read('kube-proxy-log');
    const journal = usableOutput(journalRead);
    const file = await host.readFile(LOG_FILE, { overCap: 'truncate' });
    const logs = [...(!isFinding(journal) ? [{ text: journal.text, source: journal.source }] : []), ...(file.kind === 'present' ? [{ text: file.value, source: file.source }] : [])];
    // journalctl exits 0 with "-- No entries --" (or no journal at all) on a host without kube-proxy.
    const withEntries = logs.filter((log) => /kube-proxy|proxier\.go|I\d{4} \d/.test(log.text));
    const gaps = gapsOf(journalRead, file);
    if (!withEntries.length) {
      if (gaps.length) return cannotTell('no kube-proxy log to read', gaps, isFinding(journal) && journalRead.kind === 'present' ? journal.evidence : []);
      if (!logs.length) return isFinding(journal) ? { ...journal, observed: `${journal.observed}; no ${LOG_FILE} either` } : finding('unknown', 'no kube-proxy log');
      return finding('n/a', `no kube-proxy log entries in ${logs.map((log) => log.source).join(' or ')}`);
    }
    const log = withEntries.find((candidate) => WARNING.test(candidate.text)) ?? withEntries[0]!;
    const line = linesMatching(log.text, WARNING, 1);
    if (!line) {
      if (gaps.length) return cannotTell(`no br-netfilter warning in ${log.source}, but not every log could be read`, gaps);
      return finding('pass', 'no br-netfilter warning in the kube-proxy log');
    }
    const live = await liveBridgeValue(host, 'iptables');
    const proof = [evidence(log.source, line), live.evidence];
    if ('gap' in live) return cannotTell('kube-proxy warns, and bridge-nf-call-iptables cannot be read to tell whether it is the false positive', [live.gap], [evidence(log.source, line)]);
    const verdict = RULE.judge(live.value);
    return finding(verdict.status, verdict.says, { evidence: proof, node: verdict.node });
  },
};
