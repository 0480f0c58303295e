import { GRAPH_VERSION } from '../../machines/index.ts';
import { escapeJsonText } from '../text/sanitize.ts';
import { fleetSummary } from './summary.ts';
import type { FleetTriage } from './triage.ts';

/**
 * `fleet --json`: {"version", "summary", "problems", "groups", "gaps"}. Names from outside keep every character,
 * control and bidi characters escaped as \uXXXX, as in `doctor --json`.
 */
export function renderFleetJson(fleet: FleetTriage): string {
  const problems = fleet.problems.map(({ probe, status, node, nodes }) => ({ probe, status, ...(node ? { node } : {}), count: nodes.length, nodes }));
  return `${escapeJsonText(JSON.stringify({ version: GRAPH_VERSION, summary: fleetSummary(fleet), problems, groups: fleet.groups, gaps: fleet.gaps }, null, 2))}\n`;
}
