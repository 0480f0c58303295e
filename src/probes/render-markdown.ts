import { chapters } from '../../machines/index.ts';
import type { Remedy } from '../content/fix-of.ts';
import { sanitize } from '../text/sanitize.ts';
import { STATUS_LABEL, summarize } from './render-results.ts';
import { fixFirst, type DoctorTriage } from './triage.ts';
import type { Probe, ProbeResult } from './types.ts';

/** Host text inside Markdown: one line, no table breaks, no HTML. */
const inline = (text: string) => sanitize(text).replace(/\s+/g, ' ').replace(/[|<>]/g, (c) => `&#${c.charCodeAt(0)};`).trim();

/** A fence longer than any run of backticks inside, so no command or log line can close it early. */
const fence = (text: string) => '`'.repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));

function remedyMarkdown(remedy: Remedy): string[] {
  const via = remedy.via ? ` ("${inline(remedy.via.label)}" at \`${remedy.via.fork}\`)` : '';
  if (remedy.kind === 'walk') return [`- Fix: walk it from ${inline(remedy.title)} (\`${remedy.id}\`)${via}: \`${remedy.command}\``];
  const out = [`- Fix: ${inline(remedy.title)} (\`${remedy.id}\`)${via}`];
  for (const block of remedy.blocks) {
    const text = block.commands.join('\n');
    out.push('', ...(block.os ? [`  On ${block.os.join(', ')}:`, ''] : []), `  ${fence(text)}sh`, ...text.split('\n').map((line) => (line ? `  ${line}` : '')), `  ${fence(text)}`);
  }
  return out;
}

/** doctor as Markdown, for a ticket: what to fix first, each problem with its causes and fix, every probe in a table. */
export function renderMarkdown(results: readonly ProbeResult[], triage: DoctorTriage, probes: readonly Probe[], hostDescription: string): string {
  const out = ['# k8s-adventure doctor', '', `Host: ${inline(hostDescription)}`];
  const first = fixFirst(triage);
  out.push('', first ? `**${inline(first)}**` : 'No problems found.');
  triage.problems.forEach((problem, index) => {
    out.push('', `## ${index + 1}. ${STATUS_LABEL[problem.status]}: ${inline(problem.title)}${problem.node ? ` (\`${problem.node}\`)` : ''}`, '');
    for (const cause of problem.causes) {
      out.push(`- Caused by \`${cause.id}\` (${cause.status}): ${inline(cause.observed)}; expected ${inline(cause.expected)}`);
      for (const item of cause.evidence.slice(0, 3)) out.push(`  - \`${inline(item.source)}\`: ${inline(item.excerpt)}`);
    }
    for (const remedy of problem.fix) out.push(...remedyMarkdown(remedy));
    if (problem.node) out.push(`- Walk through it: \`k8s-adventure --start-at ${problem.node}\``);
  });
  out.push('', '## Every probe', '', '| chapter | probe | verdict | observed |', '|---|---|---|---|');
  for (const result of results) {
    const chapter = chapters.find((candidate) => candidate.id === probes.find((probe) => probe.id === result.id)?.chapter)?.title ?? '';
    out.push(`| ${chapter} | \`${result.id}\` | ${result.status} | ${inline(result.observed)} |`);
  }
  const summary = summarize(results);
  out.push('', Object.entries(summary).map(([status, count]) => `${count} ${status}`).join(', '));
  return `${out.join('\n')}\n`;
}
