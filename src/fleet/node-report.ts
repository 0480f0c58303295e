import { sanitizeLine } from '../text/sanitize.ts';

const STATUSES = ['pass', 'warn', 'fail', 'unknown', 'n/a'] as const;
export type Status = (typeof STATUSES)[number];

/** One probe's verdict on one node, as `doctor --json` gives it: only what triage reads. */
export interface NodeFinding {
  id: string;
  status: Status;
  observed: string;
  node?: string;
}

/**
 * One node's doctor result, or why there is none: a node whose result is missing, cut off or unreadable is listed
 * as such, never dropped, since a silent gap reads as a healthy node.
 */
export type NodeReport =
  | { name: string; kind: 'result'; findings: NodeFinding[] }
  | { name: string; kind: 'missing' | 'truncated' | 'unparseable' | 'unreadable'; reason: string };

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function findingOf(value: unknown): NodeFinding | undefined {
  if (!isRecord(value) || typeof value.id !== 'string' || !STATUSES.includes(value.status as Status)) return undefined;
  return {
    id: value.id,
    status: value.status as Status,
    observed: typeof value.observed === 'string' ? value.observed : '',
    ...(typeof value.node === 'string' ? { node: value.node } : {}),
  };
}

/**
 * Reads one node's `doctor --json` text. JSON that stops short is truncated; anything else unparseable. The node is
 * named by the `host.node` doctor wrote (--node-name, NODE_NAME, the hostname) when there is one, else by `name`
 * (the file or pod it came from).
 */
export function parseNodeReport(name: string, text: string): NodeReport {
  if (!text.trim()) return { name, kind: 'missing', reason: 'no doctor output' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    // Cut off: the parser ran out of text, wherever in a value it stopped (V8 then names the end as the position).
    const message = (error as Error).message;
    const position = Number(/at position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    const cutOff = /Unexpected end of JSON input|Unterminated string/.test(message) || position >= text.trimEnd().length;
    return cutOff
      ? { name, kind: 'truncated', reason: 'the doctor output stops part way' }
      : { name, kind: 'unparseable', reason: `not doctor JSON: ${sanitizeLine((error as Error).message, 80)}` };
  }
  if (!isRecord(data) || !Array.isArray(data.results)) return { name, kind: 'unparseable', reason: 'not doctor JSON: no results' };
  const findings = data.results.map(findingOf);
  const bad = findings.findIndex((finding) => finding === undefined);
  if (bad >= 0) return { name, kind: 'unparseable', reason: `result ${bad + 1} is not a probe verdict` };
  const node = isRecord(data.host) && typeof data.host.node === 'string' && data.host.node.trim() ? data.host.node : name;
  return { name: node, kind: 'result', findings: findings as NodeFinding[] };
}
