import { sanitizeLine } from '../text/sanitize.ts';
import { fleetSummary } from './summary.ts';
import type { FleetTriage } from './triage.ts';

/** Host text in Markdown: sanitised, and every character that could start markup or end a table cell escaped. */
const md = (text: string, max = 120) => sanitizeLine(text, max).replace(/[\\`*_{}[\]<>()#+!|~&]/g, (c) => `\\${c}`);
const list = (names: readonly string[], max = 20) =>
  names.length > max ? `${names.slice(0, max).map((name) => md(name, 60)).join(', ')} and ${names.length - max} more` : names.map((name) => md(name, 60)).join(', ');

/** The fleet triage as Markdown for a ticket or a PR comment: the same sections as the text output, as tables. */
export function renderFleetMarkdown(fleet: FleetTriage): string {
  const summary = fleetSummary(fleet);
  const out = ['# k8s-adventure fleet', '', `${summary.nodes} nodes, ${summary.withProblems} with problems, ${summary.withoutResult} without a usable result.`];
  if (fleet.problems.length) {
    out.push('', '## Problems, root causes first', '', '| status | probe | nodes | which | walk through it |', '|---|---|---|---|---|');
    for (const problem of fleet.problems) {
      const start = problem.node ? `\`k8s-adventure --start-at ${problem.node}\`` : '';
      out.push(`| ${problem.status} | \`${problem.probe}\` | ${problem.nodes.length} | ${list(problem.nodes)} | ${start} |`);
    }
  }
  if (fleet.groups.length) {
    out.push('', '## Nodes with the same problems', '', '| nodes | which | problems |', '|---|---|---|');
    for (const group of fleet.groups) {
      const what = group.problems.length ? group.problems.map((key) => `\`${key.replace(/^(fail|warn):/, '')}\``).join(', ') : 'none';
      out.push(`| ${group.nodes.length} | ${list(group.nodes)} | ${what} |`);
    }
  }
  if (fleet.gaps.length) {
    out.push('', '## No usable result', '', '| node | what | why |', '|---|---|---|');
    for (const gap of fleet.gaps) out.push(`| ${md(gap.name, 60)} | ${gap.kind} | ${md(gap.reason)} |`);
  }
  return `${out.join('\n')}\n`;
}
