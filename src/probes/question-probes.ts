import { nodes, type NodeId, type ProbeId } from '../../machines/index.ts';
import type { Host } from '../host/index.ts';
import type { ProbeNote } from '../session/index.ts';
import { probeById } from './registry.ts';
import { runJobs, type RunOptions } from './run-probe.ts';
import type { Probe, ProbeResult } from './types.ts';

/** The probe the graph names for a question, if any. */
export function probeFor(question: NodeId): Probe | undefined {
  const node = nodes[question];
  return node?.kind === 'question' && node.probe ? probeById(node.probe) : undefined;
}

/** The questions a probe answers: those that name it in the graph, in the graph's order. */
export const questionsOf = (probe: ProbeId): NodeId[] =>
  Object.values(nodes).flatMap((node) => (node.kind === 'question' && node.probe === probe ? [node.id] : []));

/** Every probe-able question answered at once, in parallel over one shared view of the host. */
export async function probeAllQuestions(host: Host, options: Omit<RunOptions, 'question'> = {}): Promise<Map<NodeId, ProbeResult>> {
  const asked = Object.values(nodes).filter((node) => probeFor(node.id));
  const results = await runJobs(asked.map((node) => ({ probe: probeFor(node.id)!, question: node.id })), host, options);
  return new Map(asked.map((node, index) => [node.id, results[index]!]));
}

export const noteOf = (result: ProbeResult): ProbeNote => ({
  id: result.id,
  status: result.status,
  observed: result.observed,
  ...(result.suggests ? { suggested: result.suggests } : {}),
  evidence: result.evidence,
});
