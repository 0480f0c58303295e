import { STATUS_LABEL } from '../probes/render-results.ts';
import type { ProbeResult, ProbeStatus } from '../probes/types.ts';
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
