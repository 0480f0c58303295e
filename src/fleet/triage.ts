import { walkRank } from '../../machines/root-order.ts';
import type { NodeFinding, NodeReport } from './node-report.ts';

/** One problem across the fleet: a probe that failed or warned, the node that explains it, and where. */
export interface FleetProblem {
  probe: string;
  status: 'fail' | 'warn';
  /** The graph node that explains it (`k8s-adventure --start-at` it), when the probe names one. */
  node?: string;
  nodes: string[];
}

/** Nodes whose problems are the same set: one fix plan serves them all. */
export interface FleetGroup {
  problems: string[];
  nodes: string[];
}

export interface FleetTriage {
  total: number;
  /** Root causes first: failures before warnings, then by how early the explaining node comes in a walk. */
  problems: FleetProblem[];
  groups: FleetGroup[];
  /** Nodes with no usable result, and why. */
  gaps: { name: string; kind: string; reason: string }[];
}

const isProblem = (finding: NodeFinding): finding is NodeFinding & { status: 'fail' | 'warn' } => finding.status === 'fail' || finding.status === 'warn';
const keyOf = (finding: { id: string; status: string }) => `${finding.status}:${finding.id}`;

/**
 * Folds node results into one triage as they arrive: it keeps names and counts, never the results themselves, so
 * memory grows with the number of distinct problems and node names, not with the size of each node's output.
 */
export class FleetTriageBuilder {
  private readonly problems = new Map<string, FleetProblem>();
  private readonly groups = new Map<string, FleetGroup>();
  private readonly gaps: FleetTriage['gaps'] = [];
  private total = 0;

  add(report: NodeReport): void {
    this.total += 1;
    if (report.kind !== 'result') {
      this.gaps.push({ name: report.name, kind: report.kind, reason: report.reason });
      return;
    }
    const own = report.findings.filter(isProblem);
    for (const finding of own) {
      const key = keyOf(finding);
      const problem = this.problems.get(key) ?? { probe: finding.id, status: finding.status, ...(finding.node ? { node: finding.node } : {}), nodes: [] };
      problem.nodes.push(report.name);
      this.problems.set(key, problem);
    }
    const signature = [...new Set(own.map(keyOf))].sort();
    const group = this.groups.get(signature.join(' ')) ?? { problems: signature, nodes: [] };
    group.nodes.push(report.name);
    this.groups.set(signature.join(' '), group);
  }

  result(): FleetTriage {
    const rank = (problem: FleetProblem) => [problem.status === 'fail' ? 0 : 1, problem.node ? walkRank(problem.node) : Number.MAX_SAFE_INTEGER, -problem.nodes.length];
    const problems = [...this.problems.values()].sort((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]! || a.probe.localeCompare(b.probe);
    });
    const groups = [...this.groups.values()].sort((a, b) => b.nodes.length - a.nodes.length || a.problems.length - b.problems.length);
    return { total: this.total, problems, groups, gaps: this.gaps };
  }
}

/** Every node's doctor result in one triage: which problems, on how many nodes, root first. */
export function triage(reports: Iterable<NodeReport>): FleetTriage {
  const builder = new FleetTriageBuilder();
  for (const report of reports) builder.add(report);
  return builder.result();
}
