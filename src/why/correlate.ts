import type { NodeId } from '../../machines/index.ts';
import { CORRELATIONS } from './correlations.ts';
import type { FactSeen, ScanResult, SymptomFinding } from './scan.ts';

/**
 * Reads a log as a whole: where a symptom's meaning depends on a fact another line states (kube-proxy's
 * br-netfilter warning beside docker's "bridge-nf-call-iptables is disabled"), the finding moves to the node the
 * rule decides on, with the fact's line as part of its evidence. The same rules doctor applies to the host.
 */
export function correlate({ findings, facts }: ScanResult): Map<NodeId, SymptomFinding> {
  const out = new Map(findings);
  for (const rule of CORRELATIONS) {
    const symptom = out.get(rule.symptomOf);
    const fact = facts.get(rule.fact);
    if (!symptom || !fact) continue;
    const verdict = rule.judge(fact.value);
    const evidence = { line: fact.line, text: fact.text, symptom: fact.text };
    const correlated: { says: string; fact: FactSeen } = { says: `${verdict.says} (line ${fact.line})`, fact };
    if (verdict.node === rule.symptomOf) {
      out.set(rule.symptomOf, { ...symptom, correlated });
      continue;
    }
    out.delete(rule.symptomOf);
    const existing = out.get(verdict.node);
    const hits = [...(existing?.hits ?? []), ...symptom.hits, ...(symptom.hits.some((hit) => hit.line === fact.line) ? [] : [evidence])].sort((a, b) => a.line - b.line);
    out.set(verdict.node, {
      node: verdict.node,
      hits,
      count: (existing?.count ?? 0) + symptom.count + 1,
      symptoms: new Set([...(existing?.symptoms ?? []), ...symptom.symptoms, fact.text]),
      correlated,
    });
  }
  return out;
}
