import { EXIT } from '../kit/exit-codes.ts';
import type { Io } from '../kit/io.ts';
import type { CommandSpec } from '../kit/command-spec.ts';
import { parseCommand } from '../kit/parse-options.ts';
import { checkStdin, stdinChunks } from '../kit/stdin.ts';
import { parseTimeout } from '../kit/timeout.ts';
import { UsageError } from '../kit/usage-error.ts';
import { killAllGroups } from '../host/index.ts';
import { reportsFromCaptures } from '../fleet/captures.ts';
import { checkedDir } from '../fleet/input-dir.ts';
import { reportsFromJsonDir, RESULT_CAP } from '../fleet/json-dir.ts';
import { reportFromLogLine } from '../fleet/kubectl-logs.ts';
import { FleetMatrix } from '../fleet/matrix.ts';
import type { NodeReport } from '../fleet/node-report.ts';
import { renderFleetHtml } from '../fleet/render-html.ts';
import { renderFleetJson } from '../fleet/render-json.ts';
import { renderFleetJunit } from '../fleet/render-junit.ts';
import { renderFleetMarkdown } from '../fleet/render-markdown.ts';
import { renderFleetText } from '../fleet/render-text.ts';
import { fleetFailed } from '../fleet/summary.ts';
import { FleetTriageBuilder } from '../fleet/triage.ts';
import { splitLines } from '../why/lines.ts';

const FORMATS = ['text', 'json', 'markdown', 'junit', 'html'];
const MAX_JOBS = 64;

export const fleetSpec = {
  name: 'fleet',
  title: 'k8s-adventure fleet: one triage across many nodes, root causes first',
  usage: [
    'k8s-adventure fleet DIR [--json | --format FORMAT]              a directory of doctor --json files, one per node',
    'k8s-adventure fleet - [--json | --format FORMAT]                kubectl logs --prefix on standard input',
    'k8s-adventure fleet --captures DIR [--jobs N] [--timeout MS] [--json | --format FORMAT]',
  ],
  positionals: true,
  flags: {
    captures: {
      type: 'string',
      arg: 'DIR',
      help: ['run doctor on every captured host or extracted sos report in DIR (one directory per node)'],
    },
    json: { type: 'boolean', help: ['the same as --format json'], conflicts: { flag: 'format', message: 'give --json or --format, not both' } },
    format: {
      type: 'string',
      help: ['the output: text, json, markdown, junit or html'],
      helpPerChoice: {
        text: ['each problem with how many nodes have it and which, root causes first; nodes grouped by the same problems (default)'],
        json: ['{"version", "summary", "problems", "groups", "gaps"}'],
        markdown: ['the text output as Markdown tables, for a ticket'],
        junit: ['JUnit XML: one suite per node, one case per probe'],
        html: ['one self-contained page: the problems, and a nodes × probes table sortable by any column'],
      },
      choices: { values: FORMATS, unknown: (value, guess) => `unknown fleet format '${value}'${guess}; valid formats: ${FORMATS.join(', ')}` },
    },
    jobs: { type: 'string', arg: 'N', help: [`with --captures: probe this many hosts at once, 1 to ${MAX_JOBS} (default: 8)`], requires: { flag: 'captures', message: '--jobs sets how many captures run at once; it needs --captures DIR' } },
    timeout: { type: 'string', arg: 'MS', help: ['with --captures: each probe\'s deadline, 1 to 600000 (default: 5000)'], requires: { flag: 'captures', message: '--timeout is each probe\'s deadline; it needs --captures DIR' } },
    'site-url': { type: 'string', arg: 'URL', help: ["with --format html: where the docs site (npm run build:site) is served; links go to its node pages (default: beside the page)"] },
  },
  notes: [
    'A node whose result is missing, cut off, unreadable or not doctor output is listed as such, never dropped.',
  ],
  examples: [
    'kubectl logs -n k8s-adventure -l app.kubernetes.io/name=k8s-adventure --prefix | k8s-adventure fleet -',
    'k8s-adventure fleet ./results --format html > fleet.html',
    'k8s-adventure fleet --captures ./sosreports --format junit > fleet.xml',
  ],
  footer: 'Exit codes: 0 nothing failed on any node, 1 a probe failed on a node or a node has no usable result, 2 bad input.',
} as const satisfies CommandSpec;

function parseJobs(value: string | undefined): number {
  if (value === undefined) return 8;
  const jobs = /^\d{1,3}$/.test(value) ? Number(value) : Number.NaN;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) throw new UsageError(`--jobs takes a whole number from 1 to ${MAX_JOBS}`);
  return jobs;
}

/** kubectl logs --prefix, line by line: each line is one node's JSON, so only one line is held at a time. */
async function* reportsFromStdin(io: Io): AsyncGenerator<NodeReport> {
  checkStdin(io.stdin);
  let number = 0;
  for await (const line of splitLines(stdinChunks(io.stdin), RESULT_CAP)) {
    const report = reportFromLogLine(line, ++number);
    if (report) yield report;
  }
}

/** A progress line on a terminal only: `fleet … > out.html` in a script keeps its stderr clean. */
function progress(io: Io): ((done: number, total: number) => void) | undefined {
  if (!(io.stderr as { isTTY?: boolean }).isTTY) return undefined;
  let last = 0;
  return (done, total) => {
    const now = Date.now();
    if (done < total && now - last < 100) return;
    last = now;
    const width = 30;
    const filled = Math.round((done / total) * width);
    io.stderr.write(`\r[${'#'.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} hosts${done === total ? '\n' : ''}`);
  };
}

/** `k8s-adventure fleet`: one triage over every node's doctor result. */
export async function fleetCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(fleetSpec, args);
  const format = values.json ? 'json' : (values.format ?? 'text');
  if (values['site-url'] !== undefined && format !== 'html') throw new UsageError('--site-url sets the links of --format html');
  if (positionals.length > 1) throw new UsageError(`fleet reads one directory or '-', got ${positionals.length} arguments`);
  const [input] = positionals;
  if (input !== undefined && values.captures !== undefined) throw new UsageError('give fleet either DIR, - or --captures DIR, not two of them');
  if (input === undefined && values.captures === undefined) throw new UsageError("fleet needs its nodes' results: a directory of doctor JSON files, '-' for kubectl logs on standard input, or --captures DIR");
  const jobs = parseJobs(values.jobs);
  const timeoutMs = parseTimeout(values.timeout);

  let reports: AsyncIterable<NodeReport>;
  const stop = new AbortController();
  if (values.captures !== undefined) {
    const dir = await checkedDir(values.captures, io.cwd, '--captures ');
    const onProgress = progress(io);
    reports = reportsFromCaptures(dir, values.captures, { jobs, timeoutMs, signal: stop.signal, ...(onProgress ? { onProgress } : {}) });
  } else if (input === '-') {
    reports = reportsFromStdin(io);
  } else {
    reports = reportsFromJsonDir(await checkedDir(input!, io.cwd, ''), input!);
  }

  const builder = new FleetTriageBuilder();
  // Only the outputs that show every verdict keep one row per node; the others stay as small as the summary.
  const matrix = format === 'html' || format === 'junit' ? new FleetMatrix() : undefined;
  const interrupt = () => {
    stop.abort();
    killAllGroups();
    process.exit(EXIT.interrupted);
  };
  if (values.captures !== undefined) process.once('SIGINT', interrupt);
  try {
    for await (const report of reports) {
      builder.add(report);
      matrix?.add(report);
    }
  } finally {
    process.removeListener('SIGINT', interrupt);
  }
  const fleet = builder.result();
  if (fleet.total === 0) throw new UsageError(input === '-' ? 'nothing arrived on standard input' : 'no nodes found');
  const text =
    format === 'json'
      ? renderFleetJson(fleet)
      : format === 'markdown'
        ? renderFleetMarkdown(fleet)
        : format === 'junit'
          ? renderFleetJunit(matrix!)
          : format === 'html'
            ? renderFleetHtml(fleet, matrix!, values['site-url'] ?? '')
            : renderFleetText(fleet);
  io.stdout.write(text);
  return fleetFailed(fleet) ? EXIT.doom : EXIT.ok;
}
