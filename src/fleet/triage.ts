import { walkRank } from './graph-order.ts';
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

/** Folds every node's doctor result into one triage: which problems, on how many nodes, root first. */
export function triage(reports: readonly NodeReport[]): FleetTriage {
  const problems = new Map<string, FleetProblem>();
  const groups = new Map<string, FleetGroup>();
  const gaps: FleetTriage['gaps'] = [];
  for (const report of reports) {
    if (report.kind !== 'result') {
      gaps.push({ name: report.name, kind: report.kind, reason: report.reason });
      continue;
    }
    const own = report.findings.filter(isProblem);
    for (const finding of own) {
      const key = keyOf(finding);
      const problem = problems.get(key) ?? { probe: finding.id, status: finding.status, ...(finding.node ? { node: finding.node } : {}), nodes: [] };
      problem.nodes.push(report.name);
      problems.set(key, problem);
    }
    const signature = own.map(keyOf).sort();
    const group = groups.get(signature.join(' ')) ?? { problems: signature, nodes: [] };
    group.nodes.push(report.name);
    groups.set(signature.join(' '), group);
  }
  const rank = (problem: FleetProblem) => [problem.status === 'fail' ? 0 : 1, problem.node ? walkRank(problem.node) : Number.MAX_SAFE_INTEGER, -problem.nodes.length];
  const ordered = [...problems.values()].sort((a, b) => {
    const [x, y] = [rank(a), rank(b)];
    return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]! || a.probe.localeCompare(b.probe);
  });
  return {
    total: reports.length,
    problems: ordered,
    groups: [...groups.values()].sort((a, b) => b.nodes.length - a.nodes.length || a.problems.length - b.problems.length),
    gaps,
  };
}
