import type { NodeId } from '../../machines/index.ts';

/**
 * Lines that contradict or explain each other: a symptom whose meaning depends on a fact about the host. doctor
 * reads the fact from the host (kube-proxy-br-netfilter-log reads /proc/sys), `why` from other lines of the same
 * log; both judge by this one table, so they cannot disagree.
 */

/** A fact about the host that decides what a symptom means. */
export type Fact = 'bridge-nf-call-iptables';

/** A line that states a fact: its value, from the line. */
export interface FactLine {
  fact: Fact;
  pattern: RegExp;
  value(match: RegExpExecArray): string;
}

/**
 * Every line that says what bridge-nf-call-iptables is. Docker's warning is printed exactly when the file is
 * missing or 0 (moby v1.10.3 api/client/info.go); sysctl prints the key and its value; sysctl's "cannot stat"
 * means the key does not exist yet, so bridged traffic is not filtered either.
 */
export const FACT_LINES: readonly FactLine[] = [
  { fact: 'bridge-nf-call-iptables', pattern: /warning: bridge-nf-call-iptables is disabled/i, value: () => '0' },
  { fact: 'bridge-nf-call-iptables', pattern: /cannot stat \/proc\/sys\/net\/bridge\/bridge-nf-call-iptables/i, value: () => 'missing' },
  { fact: 'bridge-nf-call-iptables', pattern: /net\.bridge\.bridge-nf-call-iptables\s*=\s*(\d+)/i, value: (match) => match[1]! },
];

/** What a symptom means once the fact is known. */
export interface Verdict {
  node: NodeId;
  status: 'warn' | 'fail';
  says: string;
}

export interface Correlation {
  id: string;
  /** The node the symptom points at on its own. */
  symptomOf: NodeId;
  fact: Fact;
  judge(value: string): Verdict;
  source: string;
}

export const CORRELATIONS: readonly Correlation[] = [
  {
    // kube-proxy 1.3 looks for a br_netfilter module; CentOS 7.2/7.3 build bridge netfilter into `bridge`, so the
    // warning is a false positive exactly when the value is 1.
    id: 'kube-proxy-br-netfilter',
    symptomOf: 'kube-proxy-br-netfilter-warning',
    fact: 'bridge-nf-call-iptables',
    judge: (value) =>
      value === '1'
        ? { node: 'kube-proxy-br-netfilter-warning', status: 'warn', says: 'the warning is the known false positive: bridge-nf-call-iptables is 1 (k/k#23385)' }
        : { node: 'bridge-netfilter-ignored-doom', status: 'fail', says: 'kube-proxy warns, and bridge-nf-call-iptables really is not 1' },
    source: 'https://github.com/kubernetes/kubernetes/issues/23385',
  },
];

export const correlationFor = (symptomOf: NodeId): Correlation | undefined => CORRELATIONS.find((rule) => rule.symptomOf === symptomOf);

/** The fact a line states, if any: the last one on the line wins. */
export function factIn(line: string): { fact: Fact; value: string } | undefined {
  let found: { fact: Fact; value: string } | undefined;
  for (const rule of FACT_LINES) {
    const match = rule.pattern.exec(line);
    if (match) found = { fact: rule.fact, value: rule.value(match) };
  }
  return found;
}
