import { nodes, walkRank, type NodeId, type NodeKind } from '../../machines/index.ts';
import type { ContentLibrary } from '../content/node-content.ts';
import { fixOf, type Remedy } from '../content/fix-of.ts';
import { hostOsOf } from '../script/host-os.ts';
import type { ProbeResult } from './types.ts';

/**
 * One problem on the host: the node that explains it and the probes that point at it ("caused by"). Two probes
 * that see the same doom from two sides (`docker info` on loop devices, docker-storage-setup failed) are one
 * problem, not two.
 */
export interface DoctorProblem {
  /** The node that explains it; absent for a probe that names none (its id is then the key). */
  node?: NodeId;
  kind?: NodeKind;
  title: string;
  /** The worst verdict among its probes. */
  status: 'fail' | 'warn';
  causes: ProbeResult[];
  fix: Remedy[];
}

export interface DoctorTriage {
  /** Root first: failures before warnings, then by the explaining node's place in a walk (machines/root-order). */
  problems: DoctorProblem[];
  /** Probes that could not tell: never a problem, always with their reason. */
  unknown: ProbeResult[];
  /** Passed and not applicable: counted, listed only on request. */
  quiet: ProbeResult[];
}

const isProblem = (result: ProbeResult): result is ProbeResult & { status: 'fail' | 'warn' } => result.status === 'fail' || result.status === 'warn';

/** The host OS the os-release probe saw, as the fix blocks name it: only that OS's commands are shown. */
export const hostOsFrom = (results: readonly ProbeResult[]): string | undefined => {
  const choice = results.find((result) => result.id === 'os-release')?.suggests;
  return choice ? hostOsOf([{ question: 'host-os', choice }]) : undefined;
};

export function triageResults(results: readonly ProbeResult[], content: ContentLibrary): DoctorTriage {
  const os = hostOsFrom(results);
  const groups = new Map<string, DoctorProblem>();
  for (const result of results.filter(isProblem)) {
    const key = result.node ?? `probe:${result.id}`;
    const group = groups.get(key) ?? {
      ...(result.node ? { node: result.node, kind: nodes[result.node]?.kind } : {}),
      title: result.node ? (content.get(result.node)?.title ?? result.node) : result.observed,
      status: result.status,
      causes: [],
      fix: result.node ? fixOf(result.node, content, os) : [],
    };
    group.causes.push(result);
    if (result.status === 'fail') group.status = 'fail';
    groups.set(key, group);
  }
  const order = [...groups.values()];
  const rank = (problem: DoctorProblem) => (problem.node ? walkRank(problem.node) : Number.MAX_SAFE_INTEGER);
  // Stable sort: problems of the same rank keep the probes' own (walkthrough) order.
  order.sort((a, b) => (a.status === b.status ? 0 : a.status === 'fail' ? -1 : 1) || rank(a) - rank(b));
  return {
    problems: order,
    unknown: results.filter((result) => result.status === 'unknown'),
    quiet: results.filter((result) => result.status === 'pass' || result.status === 'n/a'),
  };
}

/** "Fix first: …", naming the root problem and what puts it right; undefined when nothing is wrong. */
export function fixFirst(triage: DoctorTriage): string | undefined {
  const [root] = triage.problems;
  if (!root) return undefined;
  const what = root.node ? `${root.title} (${root.node})` : `${root.causes[0]!.id}: ${root.title}`;
  const fix = root.fix[0];
  const how = fix ? (fix.kind === 'fix' ? `; the fix is ${fix.title} (${fix.id})` : `; walk it from ${fix.title} (${fix.command})`) : '';
  const rest = triage.problems.length - 1;
  return `Fix first: ${what}${how}${rest ? `. ${rest} more problem${rest === 1 ? '' : 's'} below, root first.` : '.'}`;
}
