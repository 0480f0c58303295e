import { nodes, type NodeId, type NodeKind } from '../../machines/index.ts';
import type { ContentLibrary } from '../content/index.ts';
import { fixOf, type Remedy } from '../content/fix-of.ts';
import { remedyLines } from '../content/fix-text.ts';
import type { SymptomFinding, Hit } from './scan.ts';

/** One node that explains something in the input: public shape of `why --json`. */
export interface WhyMatch {
  id: NodeId;
  kind: NodeKind;
  title: string;
  /** What the first matched symptom means, in one line. */
  means: string;
  command: string;
  count: number;
  hits: Hit[];
  /** What puts it right (content/fix-of.ts): a fix's commands for every OS, or the walk to take. */
  fix: Remedy[];
}

/** Dead ends first (they are where things break), then by how much evidence, then by where it appears. */
const KIND_RANK: Record<NodeKind, number> = { doom: 0, question: 1, info: 1, fix: 2, ready: 3 };

export function rank(findings: Iterable<SymptomFinding>, content: ContentLibrary): WhyMatch[] {
  return [...findings]
    .sort(
      (a, b) =>
        KIND_RANK[nodes[a.node]!.kind] - KIND_RANK[nodes[b.node]!.kind] ||
        b.symptoms.size - a.symptoms.size ||
        a.hits[0]!.line - b.hits[0]!.line,
    )
    .map((finding) => {
      const words = content.get(finding.node)!;
      const first = words.symptoms.find((symptom) => finding.hits.some((hit) => hit.symptom === symptom.line));
      return {
        id: finding.node,
        kind: nodes[finding.node]!.kind,
        title: words.title,
        means: finding.correlated?.says ?? first?.means ?? words.title,
        command: `k8s-adventure --start-at ${finding.node}`,
        count: finding.count,
        hits: finding.hits,
        fix: fixOf(finding.node, content),
      };
    });
}

/** The matches as text: node, the lines that matched with their numbers, what it means, where to go. */
export function renderWhy(matches: readonly WhyMatch[], lines: number): string {
  if (!matches.length) return `k8s-adventure why: nothing in ${lines} line${lines === 1 ? '' : 's'} matches a known symptom\n`;
  const out = [`k8s-adventure why: ${matches.length === 1 ? '1 node explains' : `${matches.length} nodes explain`} what was found in ${lines} line${lines === 1 ? '' : 's'}`];
  // A fix already printed for an earlier match is named, not printed again.
  const shown = new Map<string, number>();
  matches.forEach((match, index) => {
    out.push('', `${index + 1}. ${match.title} (${match.kind}: ${match.id})`);
    for (const hit of match.hits) out.push(`   line ${hit.line}: ${hit.text}`);
    if (match.count > match.hits.length) out.push(`   …and ${match.count - match.hits.length} more`);
    out.push(`   ${match.means}`);
    const key = match.fix.map((remedy) => remedy.id).join(' ');
    if (key && shown.has(key)) out.push(`   fix: the same as ${shown.get(key)}. above (${key})`);
    else out.push(...remedyLines(match.fix, '   ', Number.POSITIVE_INFINITY));
    if (key && !shown.has(key)) shown.set(key, index + 1);
    out.push(`   → ${match.command}`);
  });
  return `${out.join('\n')}\n`;
}
