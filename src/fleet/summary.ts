import type { FleetTriage } from './triage.ts';

/** How many nodes had a problem, and whether the run as a whole failed, as doctor's exit code counts it. */
export function fleetSummary(fleet: FleetTriage) {
  const withProblems = fleet.groups.filter((group) => group.problems.length).reduce((sum, group) => sum + group.nodes.length, 0);
  return { nodes: fleet.total, withProblems, withoutResult: fleet.gaps.length };
}

/**
 * Doctor's rule across nodes: a probe that failed on any node fails the run; so does a node with no usable result,
 * since a result that never arrived cannot be read as healthy. Warnings and unknowns do not.
 */
export const fleetFailed = (fleet: FleetTriage): boolean => fleet.problems.some((problem) => problem.status === 'fail') || fleet.gaps.length > 0;
