import { nodes, type NodeId } from '../../machines/index.ts';
import { markdownToText } from '../content/markdown-to-text.ts';
import type { ContentLibrary } from '../content/node-content.ts';
import type { Session } from '../session/session.ts';
import { choiceLabel } from './plan-text.ts';

/**
 * Questions whose answer states what the host is, not what the user will make of it: going against the probe here
 * means the walk and the host differ (a CentOS walk on a Debian host). At selinux-mode or bridge-netfilter an
 * answer against the probe is the change the user means to make, and no contradiction.
 */
const HOST_FACTS: readonly NodeId[] = ['host-os'];

/**
 * Where the host contradicts an answer given earlier on this walk, in words, said once: at the first probed
 * question after that answer (a later answered question that carries a probe note has already shown it). The
 * probes read the host as it is, so from there on their verdicts are about that host, not the walk's.
 */
export function hostContradiction(session: Session, content: ContentLibrary): string | undefined {
  const at = session.trail.findIndex(
    (step) => HOST_FACTS.includes(step.node) && step.answer !== undefined && step.by !== 'probe' && step.probe !== undefined && step.probe.status !== 'unknown' && step.probe.suggested !== step.answer,
  );
  if (at < 0 || session.trail.slice(at + 1).some((step) => step.probe !== undefined)) return undefined;
  const { node, answer, probe } = session.trail[at]!;
  const title = content.get(node)?.title ?? nodes[node]?.id ?? node;
  return `The host contradicts an earlier answer: at "${title}" you answered "${markdownToText(choiceLabel(node, answer!))}", but the probe ${probe!.id} saw ${probe!.observed}. The probes read the host as it is, so their verdicts here are about that host, not the walk you chose.`;
}
