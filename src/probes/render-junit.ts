import { chapters } from '../../machines/index.ts';
import { junitXml, type JunitCase } from '../text/junit-xml.ts';
import type { DoctorTriage } from './triage.ts';
import type { Probe, ProbeResult } from './types.ts';

/** Where a failure's fix is, in words and commands: what a CI log shows under the failed case. */
function detailOf(result: ProbeResult, triage: DoctorTriage): string {
  const problem = triage.problems.find((candidate) => candidate.causes.includes(result));
  const lines = [`expected: ${result.expected}`, ...result.evidence.slice(0, 3).map((item) => `${item.source}: ${item.excerpt}`)];
  for (const remedy of problem?.fix ?? []) {
    lines.push(remedy.kind === 'walk' ? `fix: walk it from ${remedy.title} (${remedy.id}): ${remedy.command}` : `fix: ${remedy.title} (${remedy.id})`);
    for (const block of remedy.blocks) lines.push(...(block.os ? [`on ${block.os.join(', ')}:`] : []), ...block.commands);
  }
  if (result.node) lines.push(`k8s-adventure --start-at ${result.node}`);
  return lines.join('\n');
}

/**
 * doctor as JUnit XML: one suite per chapter, one case per probe. A failure carries its evidence and fix; warn,
 * unknown and n/a are skipped with their reason (none of them fails the run, as doctor's exit code says).
 */
export function renderJunit(results: readonly ProbeResult[], triage: DoctorTriage, probes: readonly Probe[]): string {
  const caseOf = (result: ProbeResult, chapter: string): JunitCase => {
    const base = { name: result.id, classname: result.node ?? chapter };
    if (result.status === 'pass') return { ...base, outcome: 'passed' };
    if (result.status === 'fail') return { ...base, outcome: 'failed', message: result.observed, detail: detailOf(result, triage) };
    return { ...base, outcome: 'skipped', message: `${result.status}: ${result.observed}` };
  };
  const suites = chapters
    .map((chapter) => ({
      name: chapter.title,
      cases: results.filter((result) => probes.find((probe) => probe.id === result.id)?.chapter === chapter.id).map((result) => caseOf(result, chapter.id)),
    }))
    .filter((suite) => suite.cases.length);
  return junitXml('k8s-adventure doctor', suites);
}
