import { sanitizeLine } from '../text/sanitize.ts';
import type { FleetTriage } from './triage.ts';

/** Node names come from outside (pod names, directory names): shown sanitised, and a long list cut. */
function names(list: readonly string[], max = 8): string {
  const shown = list.slice(0, max).map((name) => sanitizeLine(name, 60));
  return list.length > max ? `${shown.join(', ')} and ${list.length - max} more` : shown.join(', ');
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** The fleet triage as text: what to fix first and where, which nodes share a plan, and which could not be read. */
export function renderFleetText(fleet: FleetTriage): string {
  const withProblems = fleet.groups.filter((group) => group.problems.length).reduce((sum, group) => sum + group.nodes.length, 0);
  const out = [`k8s-adventure fleet: ${count(fleet.total, 'node')}, ${withProblems} with problems, ${fleet.gaps.length} without a usable result`];
  if (fleet.problems.length) {
    out.push('', 'Problems, root causes first');
    const width = Math.max(...fleet.problems.map((problem) => problem.probe.length));
    for (const problem of fleet.problems) {
      const mark = problem.status === 'fail' ? '✗ fail' : '! warn';
      out.push(`  ${mark}  ${problem.probe.padEnd(width)}  ${count(problem.nodes.length, 'node').padStart(9)}  ${names(problem.nodes)}`);
      if (problem.node) out.push(`  ${' '.repeat(8 + width)}  → k8s-adventure --start-at ${problem.node}`);
    }
  }
  if (fleet.groups.length) {
    out.push('', 'Nodes with the same problems');
    for (const group of fleet.groups) {
      const what = group.problems.length ? group.problems.map((key) => key.replace(/^(fail|warn):/, '')).join(', ') : 'no problems';
      out.push(`  ${count(group.nodes.length, 'node')} (${names(group.nodes)}): ${what}`);
    }
  }
  if (fleet.gaps.length) {
    out.push('', 'No usable result');
    for (const gap of fleet.gaps) out.push(`  ${sanitizeLine(gap.name, 60)}: ${gap.kind}: ${gap.reason}`);
  }
  return `${out.join('\n')}\n`;
}
