import { parseNodeReport, type NodeReport } from './node-report.ts';

/**
 * One line of `kubectl logs -l app.kubernetes.io/name=k8s-adventure --prefix`: `[pod/<pod>/<container>] <text>`.
 * The DaemonSet's printer container writes each node's doctor JSON on one line, so one line is one node.
 */
const PREFIXED = /^\[pod\/([^/\]]+)\/([^\]]+)\] (.*)$/;

/**
 * A copy of a short slice of a long string. V8 keeps a regex match as a slice that holds the whole line alive, and
 * the triage keeps every node's name: without the copy, each name would keep its node's ~15 KB of JSON.
 */
const detached = (slice: string): string => Buffer.from(slice, 'utf8').toString('utf8');

/**
 * Reads the prefixed log lines as they stream in, one report per pod; a line that is not prefixed (kubectl's own
 * errors) is a gap named by its line number, so nothing the user piped in is silently dropped.
 */
export function reportFromLogLine(line: string, lineNumber: number): NodeReport | undefined {
  if (!line.trim()) return undefined;
  const match = PREFIXED.exec(line);
  if (!match) return parseNodeReport(`line ${lineNumber}`, line);
  return parseNodeReport(detached(match[1]!), match[3]!);
}
