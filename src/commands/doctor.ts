import { GRAPH_VERSION } from '../../machines/index.ts';
import { EXIT } from '../kit/exit-codes.ts';
import type { Io } from '../kit/io.ts';
import type { CommandSpec } from '../kit/command-spec.ts';
import { parseCommand } from '../kit/parse-options.ts';
import { parseTimeout } from '../kit/timeout.ts';
import { didYouMean } from '../kit/suggest.ts';
import { UsageError } from '../kit/usage-error.ts';
import { killAllGroups, openHost } from '../host/index.ts';
import { nodeName } from '../host/node-name.ts';
import { podView } from '../host/pod-view.ts';
import { npdPluginProbe, runNpdPlugin } from '../npd/plugin.ts';
import { PROBES, runProbes } from '../probes/index.ts';
import { questionsOf } from '../probes/question-probes.ts';
import { renderResults, summarize } from '../probes/render-results.ts';
import { renderJunit } from '../probes/render-junit.ts';
import { renderMarkdown } from '../probes/render-markdown.ts';
import { triageResults, type DoctorTriage } from '../probes/triage.ts';
import { readContent } from '../content/index.ts';
import { style, wantsColor } from '../text/style.ts';
import { escapeJsonText } from '../text/sanitize.ts';

/**
 * Ctrl+C or a TERM while probes run: their commands live in process groups of their own, out of reach of the
 * terminal's signal, so they are killed here before leaving, as 128 + the signal's number.
 */
function onInterrupt(stop: AbortController): () => void {
  const handlers = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((name) => {
    const handler = () => {
      stop.abort();
      killAllGroups();
      process.exit(128 + (name === 'SIGINT' ? 2 : name === 'SIGTERM' ? 15 : 1));
    };
    process.once(name, handler);
    return [name, handler] as const;
  });
  return () => handlers.forEach(([name, handler]) => process.removeListener(name, handler));
}

export const doctorSpec = {
  name: 'doctor',
  title: 'k8s-adventure doctor: every read-only probe at once, grouped by chapter',
  usage: [
    'k8s-adventure doctor [--host-dir DIR [--in-pod]] [--format text|json|junit|markdown | --json] [--node-name NAME] [--verbose] [--no-color] [--skip ID,...] [--timeout MS]',
    'k8s-adventure doctor --npd-plugin PROBE_ID [--host-dir DIR [--in-pod]] [--timeout MS]',
  ],
  flags: {
    'host-dir': { type: 'string', arg: 'DIR', help: ['probe a captured host instead of this machine: a mounted root, a fixture, or an extracted sos report'] },
    'in-pod': {
      type: 'boolean',
      help: ["--host-dir is this pod's node, mounted: per-namespace views (/proc/sys/net, mounts, processes) say unknown"],
      requires: { flag: 'host-dir', message: "--in-pod says --host-dir is the node's root mounted in this pod; it needs --host-dir DIR" },
    },
    format: {
      type: 'string',
      arg: 'FORMAT',
      help: [],
      helpPerChoice: {
        text: ['problems root first, each with the probes that point at it, its fix and the node to go to (default)'],
        json: ['{"version", "host", "summary", "results": [...], "problems": [...]}'],
        junit: ['JUnit XML for CI: one suite per chapter; fail is a failure, warn, unknown and n/a are skipped'],
        markdown: ['a report to paste into a ticket'],
      },
      choices: { values: ['text', 'json', 'junit', 'markdown'], unknown: (value, hint) => `unknown format '${value}'${hint}; valid formats: text, json, junit, markdown` },
      conflicts: { flag: 'npd-plugin', message: '--npd-plugin prints the one line NPD reads; it does not take --format' },
    },
    json: { type: 'boolean', help: ['the same as --format json'], conflicts: { flag: 'format', message: '--json is --format json: give one of them' } },
    verbose: { type: 'boolean', help: ['list passing and n/a probes too (text), not only their counts'] },
    'no-color': { type: 'boolean', help: ['no colour (also NO_COLOR); there is none when the output is not a terminal'] },
    'node-name': { type: 'string', arg: 'NAME', help: ['the node\'s name in the JSON\'s host.node (default: $NODE_NAME, else the hostname)'] },
    'npd-plugin': {
      type: 'string',
      arg: 'PROBE_ID',
      help: ['run one probe as a node-problem-detector custom plugin: one line, exit 0 OK, 1 NonOK, 2 Unknown'],
      conflicts: { flag: 'json', message: '--npd-plugin prints the one line NPD reads; it does not take --json' },
    },
    skip: { type: 'string', arg: 'ID,...', help: ['leave these probes out (ids as in the output)'] },
    timeout: { type: 'string', arg: 'MS', help: ['give each probe this long before it counts as unknown: 1 to 600000 (default: 5000)'] },
  },
  notes: ['Probes only read: no writes, no module loads, no sysctl changes, no installs.'],
  examples: [
    'k8s-adventure doctor',
    'k8s-adventure doctor --host-dir /mnt/node-root --skip aws-instance,aws-cluster-tag,aws-security-groups',
    "k8s-adventure doctor --host-dir ./sosreport-node1-2016 --json | jq '.results[] | select(.status == \"fail\")'",
    'k8s-adventure doctor --format junit > doctor-junit.xml',
  ],
  footer: 'Exit codes: 0 nothing failed (warn, unknown and n/a do not fail), 1 something failed, 2 bad input.',
} as const satisfies CommandSpec;

/** The triage in `--json`: each problem root first, the probes that point at it, and its fix. */
const problemsJson = (triage: DoctorTriage) =>
  triage.problems.map((problem) => ({
    ...(problem.node ? { node: problem.node, kind: problem.kind } : {}),
    title: problem.title,
    status: problem.status,
    causes: problem.causes.map((cause) => cause.id),
    fix: problem.fix,
  }));

/** `k8s-adventure doctor`: every probe at once, no questions. Exit 1 when anything fails. */
export async function doctorCommand(args: string[], io: Io): Promise<number> {
  const options = parseCommand(doctorSpec, args).values;
  const ids: readonly string[] = PROBES.map((probe) => probe.id);
  const skip = (options.skip ?? '').split(',').map((id) => id.trim()).filter(Boolean);
  for (const id of skip) {
    if (!ids.includes(id)) throw new UsageError(`unknown probe '${id}' in --skip${didYouMean(id, ids)}; valid probes: ${ids.join(', ')}`);
  }
  const timeoutMs = parseTimeout(options.timeout);
  const format = options.json ? 'json' : (options.format ?? 'text');
  const npdProbe = options['npd-plugin'] === undefined ? undefined : npdPluginProbe(options['npd-plugin']);
  const opened = openHost(options['host-dir'], io.cwd, io.env);
  const host = options['in-pod'] ? podView(opened) : opened;
  if (npdProbe) {
    const { exitCode, line } = await runNpdPlugin(npdProbe, host, timeoutMs);
    io.stdout.write(`${line}\n`);
    return exitCode;
  }
  const node = await nodeName(host, options['node-name'], io.env);
  const probes = PROBES.filter((probe) => !skip.includes(probe.id));
  const stop = new AbortController();
  const release = onInterrupt(stop);
  try {
    const results = await runProbes(probes, host, { timeoutMs, signal: stop.signal, raw: format === 'json' });
    const triage = triageResults(results, readContent());
    if (format === 'json') {
      const detailed = results.map((result) => {
        const probe = probes.find((candidate) => candidate.id === result.id)!;
        return { ...result, title: probe.title, chapter: probe.chapter, questions: questionsOf(probe.id) };
      });
      // Host text keeps every character, escaped: control and bidi characters arrive as \uXXXX, never raw.
      io.stdout.write(`${escapeJsonText(JSON.stringify({ version: GRAPH_VERSION, host: { kind: host.kind, description: host.description, ...(node ? { node } : {}) }, summary: summarize(results), results: detailed, problems: problemsJson(triage) }, null, 2))}\n`);
    } else if (format === 'junit') {
      io.stdout.write(renderJunit(results, triage, probes));
    } else if (format === 'markdown') {
      io.stdout.write(renderMarkdown(results, triage, probes, host.description));
    } else {
      const color = wantsColor(io.stdout, io.env, Boolean(options['no-color']));
      const width = io.stdout.isTTY && io.stdout.columns ? io.stdout.columns : Number.POSITIVE_INFINITY;
      io.stdout.write(renderResults(results, triage, probes, host.description, { width, style: style(color), verbose: Boolean(options.verbose) }));
    }
    return results.some((result) => result.status === 'fail') ? EXIT.doom : EXIT.ok;
  } finally {
    release();
    stop.abort();
  }
}
