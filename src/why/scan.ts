import type { NodeId } from '../../machines/index.ts';
import { sanitize } from '../text/sanitize.ts';
import { FACT_LINES, factIn, type Fact } from './correlations.ts';
import { matching, normalize, prefilter, type SymptomMatcher } from './matchers.ts';

export interface Hit {
  /** 1-based line number where the match starts. */
  line: number;
  /** The input line, sanitised and shortened for display. */
  text: string;
  symptom: string;
}

export interface SymptomFinding {
  node: NodeId;
  /** The first few hits; `count` says how many there were in all. */
  hits: Hit[];
  count: number;
  /** Distinct symptoms of the node that matched: the stronger the evidence, the higher it ranks. */
  symptoms: Set<string>;
  /** Set when another line of the log decided what this finding means (correlations.ts). */
  correlated?: { says: string; fact: FactSeen };
}

/** A line that states a fact about the host (correlations.ts): the last one seen of each fact is kept. */
export interface FactSeen {
  fact: Fact;
  value: string;
  line: number;
  text: string;
}

export interface ScanResult {
  lines: number;
  findings: Map<NodeId, SymptomFinding>;
  facts: Map<Fact, FactSeen>;
}

const SHOWN_HITS = 5;
const SHOWN_TEXT = 240;
/** Terminals wrap long lines: a symptom may start on one line and end on the next. */
const WRAP_WINDOW = 240;

const display = (text: string) => {
  const clean = sanitize(text).trim();
  return clean.length > SHOWN_TEXT ? `${clean.slice(0, SHOWN_TEXT - 1)}…` : clean;
};

/**
 * Takes lines one at a time, keeping only the previous line and the findings: memory does not grow with the
 * input. A symptom found on a line, or across a line and the next (a wrapped line), is recorded at the line it
 * starts on.
 */
export function createScanner(matchers: readonly SymptomMatcher[]) {
  const findings = new Map<NodeId, SymptomFinding>();
  const anything = prefilter(matchers);
  const facts = new Map<Fact, FactSeen>();
  const anyFact = new RegExp(FACT_LINES.map((rule) => rule.pattern.source).join('|'), 'i');
  const matchIn = (text: string) => (anything.test(text) ? matching(matchers, text) : []);
  const record = (matcher: SymptomMatcher, line: number, text: string) => {
    const finding = findings.get(matcher.node) ?? { node: matcher.node, hits: [], count: 0, symptoms: new Set<string>() };
    if (finding.hits.at(-1)?.line === line && finding.hits.at(-1)?.symptom === matcher.symptom.line) return;
    finding.count += 1;
    finding.symptoms.add(matcher.symptom.line);
    if (finding.hits.length < SHOWN_HITS) finding.hits.push({ line, text: display(text), symptom: matcher.symptom.line });
    findings.set(matcher.node, finding);
  };
  let number = 0;
  let previous: { raw: string; normalized: string; matched: Set<SymptomMatcher> } | undefined;
  return {
    push(raw: string) {
      number += 1;
      const normalized = normalize(raw);
      const matched = new Set(matchIn(normalized));
      if (anyFact.test(normalized)) {
        const fact = factIn(normalized);
        if (fact) facts.set(fact.fact, { ...fact, line: number, text: display(raw) });
      }
      for (const matcher of matched) record(matcher, number, raw);
      if (previous) {
        // Joined without a space (a hard wrap cuts mid-word) and with one (a wrap at a space).
        const tail = previous.normalized.slice(-WRAP_WINDOW);
        const head = normalized.slice(0, WRAP_WINDOW);
        for (const joined of [tail + head, `${tail} ${head}`]) {
          for (const matcher of matchIn(joined)) {
            if (!matched.has(matcher) && !previous.matched.has(matcher)) {
              record(matcher, number - 1, `${previous.raw}${raw}`);
              matched.add(matcher);
            }
          }
        }
      }
      previous = { raw, normalized, matched };
    },
    result: (): ScanResult => ({ lines: number, findings, facts }),
  };
}

/** Scans a stream of lines: see createScanner. */
export async function scan(lines: AsyncIterable<string>, matchers: readonly SymptomMatcher[]): Promise<ScanResult> {
  const scanner = createScanner(matchers);
  for await (const line of lines) scanner.push(line);
  return scanner.result();
}
