import { STATUS_LABEL } from '../probes/render-results.ts';
import type { ProbeResult, ProbeStatus } from '../probes/types.ts';
import { peek, type ChoiceId, type NodeId } from '../../machines/index.ts';
import type { ContentLibrary } from '../content/node-content.ts';
import type { Session } from '../session/session.ts';
import { hostContradiction } from './host-contradiction.ts';
import type { MenuItem } from './menu.ts';

/** How much of the evidence a screen has room for: items, lines of each excerpt, and what joins those lines. */
export interface EvidenceFit {
  items: number;
  lines: number;
  joiner: string;
}

/** A probe's verdict in the words every screen shows: its status as a word and a symbol, what it saw, its evidence as one line each. */
export interface VerdictLines {
  probe: string;
  status: ProbeStatus;
  /** The status with its symbol, for screens that can show one. */
  label: string;
  observed: string;
  evidence: { source: string; excerpt: string }[];
}

export function verdictLines(result: ProbeResult, fit: EvidenceFit): VerdictLines {
  return {
    probe: result.id,
    status: result.status,
    label: STATUS_LABEL[result.status],
    observed: result.observed,
    evidence: result.evidence.slice(0, fit.items).map((item) => ({ source: item.source, excerpt: item.excerpt.split('\n').slice(0, fit.lines).join(fit.joiner) })),
  };
}

/** The menu line a probe suggests at its question, if it suggests one that is there. */
export const suggestedItem = (result: ProbeResult, items: readonly MenuItem[]): MenuItem | undefined =>
  result.suggests === undefined ? undefined : items.find((item) => item.choice === result.suggests);

/** The doom a probe's suggestion would walk into, if it leads to one: a suggestion never takes the user there. */
export function suggestedDoom(session: Session, suggests: ChoiceId | undefined, content: ContentLibrary): { id: NodeId; title: string } | undefined {
  if (suggests === undefined) return undefined;
  const target = peek(session.snapshot, suggests);
  return target.kind === 'doom' ? { id: target.id, title: content.get(target.id)!.title } : undefined;
}

/**
 * What a probe's suggestion says, in words. Where the host's state is a doom's, it says so and offers nothing to
 * accept: "this host: devicemapper on loop devices. That is choice 1, the doom ...".
 */
export function suggestionWords(result: ProbeResult, items: readonly MenuItem[], session: Session, content: ContentLibrary, enter: string): string | undefined {
  const item = suggestedItem(result, items);
  if (!item) return undefined;
  const doom = suggestedDoom(session, item.choice, content);
  if (doom) return `This host: ${result.observed}. That is ${item.key}. ${item.label}, the doom below (${doom.title}); pick the choice that gets this host out of it.`;
  return `Suggests ${item.key}. ${item.label}: ${enter} to accept, or pick another choice.`;
}

/** Everything a probe's verdict says in words at a question: the host against an earlier answer (once), then the suggestion. */
export function probeWords(result: ProbeResult, items: readonly MenuItem[], session: Session, content: ContentLibrary, enter: string): string | undefined {
  const words = [hostContradiction(session, content), suggestionWords(result, items, session, content, enter)].filter((line) => line !== undefined);
  return words.length ? words.join('\n') : undefined;
}
