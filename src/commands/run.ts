import { EXIT } from '../kit/exit-codes.ts';
import type { Io } from '../kit/io.ts';
import type { CommandSpec } from '../kit/command-spec.ts';
import { parseCommand } from '../kit/parse-options.ts';
import { startAt } from '../kit/start-at.ts';
import { UsageError } from '../kit/usage-error.ts';
import { readContent } from '../content/index.ts';
import { formatPlain } from '../headless/format-plain.ts';
import { readAnswers } from '../headless/read-answers.ts';
import { toTranscript } from '../headless/transcript.ts';
import { answerSession } from '../headless/answer-session.ts';
import { reportMarkdown } from '../report/report-markdown.ts';
import { writeReportFile } from '../report/write-report.ts';
import { walkOf } from '../session/index.ts';
import { packageVersion } from '../kit/version.ts';
import { resolve } from 'node:path';
import { describeHost, openHost } from '../host/index.ts';
import { probeAllQuestions } from '../probes/question-probes.ts';
import { parseTimeout } from '../kit/timeout.ts';
import { checkWritable, writeOut } from '../kit/write-out.ts';
import { planScript } from '../headless/plan-script.ts';
import type { HostOs } from '../script/index.ts';

const HOST_OSES: readonly HostOs[] = ['centos', 'debian', 'coreos'];

export const runSpec = {
  name: 'run',
  title: 'k8s-adventure run: walk the graph headlessly with answers from a file',
  usage: [
    'k8s-adventure run --answers FILE|- [--start-at ID] [--json] [--report FILE] [--emit-script FILE [--os OS] [--force]]',
    '                  [--probes [--host-dir DIR] [--timeout MS]]',
  ],
  flags: {
    answers: {
      type: 'string',
      arg: 'FILE',
      help: ['JSON object {"<question-id>": "<choice-id>", ...}; \'-\' reads standard input'],
      required: "run needs --answers FILE (or '-' for standard input)",
    },
    'start-at': { type: 'string', arg: 'ID', help: ['start at any node instead of the start (default: start)'] },
    json: { type: 'boolean', help: ['print one JSON transcript instead of text'] },
    report: { type: 'string', arg: 'FILE', help: ['also write a Markdown report: the path, each answer and who gave it, the fixes, the dooms avoided'] },
    'emit-script': {
      type: 'string',
      arg: 'FILE',
      help: [
        "at ready, write the plan as a bash script for the host OS the walk chose: 'bash FILE node' on",
        "the node (reboots once), again after the boot to check; 'bash FILE workstation' for AWS",
      ],
    },
    os: {
      type: 'string',
      arg: 'OS',
      help: ['with --emit-script, for a walk that skipped the host question: centos, debian or coreos'],
      requires: { flag: 'emit-script', message: '--os names the host OS of the script; add --emit-script FILE' },
      choices: { values: HOST_OSES, unknown: (value) => `--os must be one of ${HOST_OSES.join(', ')}; got '${value}'` },
    },
    force: {
      type: 'boolean',
      help: ['with --emit-script: replace FILE if it exists (an existing FILE is otherwise left alone)'],
      requires: { flag: 'emit-script', message: '--force lets --emit-script replace a file; it needs --emit-script FILE' },
    },
    probes: { type: 'boolean', help: ['answer open questions from the read-only probes (this machine, or --host-dir DIR)'] },
    'host-dir': {
      type: 'string',
      arg: 'DIR',
      help: ['with --probes: a captured host, a mounted root or an extracted sos report'],
      requires: { flag: 'probes', message: '--host-dir points the probes at a host; add --probes' },
    },
    timeout: {
      type: 'string',
      arg: 'MS',
      help: ["with --probes: each probe's deadline, 1 to 600000 (default: 5000)"],
      requires: { flag: 'probes', message: "--timeout is each probe's deadline; add --probes" },
    },
  },
  notes: ['Info and fix nodes are passed through; every question on the way needs an answer.'],
  examples: [
    'k8s-adventure run --answers answers.json',
    'echo \'{"bridge-netfilter":"echo-to-proc"}\' | k8s-adventure run --answers - --start-at bridge-netfilter',
    "k8s-adventure paths --json | jq '.paths[0].answers' | k8s-adventure run --answers - --json",
    'k8s-adventure run --answers examples/centos-on-aws.json --emit-script plan.sh',
  ],
  footer: 'Exit codes: 0 at the ready ending, 1 at a doom, 2 on bad input.',
} as const satisfies CommandSpec;

/** `k8s-adventure run`: walk the graph with an answers file; the exit code says where it ended. */
export async function runCommand(args: string[], io: Io): Promise<number> {
  const options = parseCommand(runSpec, args).values;
  const from = startAt(options['start-at']);
  // Every flag is checked before any input is read, and a script file that would be refused at the end is
  // refused now, before the walk is printed.
  const timeoutMs = parseTimeout(options.timeout);
  const scriptPath = options['emit-script'] === undefined ? undefined : resolve(io.cwd, options['emit-script']);
  if (scriptPath !== undefined) await checkWritable(scriptPath, options['emit-script']!, Boolean(options.force));
  const answers = await readAnswers(options.answers!, io);
  const content = readContent();
  const host = options.probes ? openHost(options['host-dir'], io.cwd, io.env) : undefined;
  const probed = host ? await probeAllQuestions(host, { timeoutMs }) : undefined;
  const session = answerSession(answers, from, probed);
  const transcript = toTranscript(session, content);
  if (options.report !== undefined) writeReportFile(resolve(io.cwd, options.report), reportMarkdown(session, content, { version: packageVersion(), ...(host ? { host: await describeHost(host) } : {}) }));
  io.stdout.write(options.json ? `${JSON.stringify(transcript, null, 2)}\n` : formatPlain(transcript));
  if (options['emit-script'] !== undefined) {
    const script = planScript(walkOf(session), options.os as HostOs | undefined);
    // A doom has no plan to run: the walk's own exit code already says so, and the line says why no file came.
    if (script.kind === 'none') {
      if (transcript.ending.kind === 'doom') io.stderr.write(`k8s-adventure: no script written: ${script.reason}\n`);
      else throw new UsageError(`no script written: ${script.reason}`);
    } else {
      // A plan to run as root: executable by its owner, as written, whatever the umask leaves.
      await writeOut(scriptPath!, options['emit-script']!, script.text, Boolean(options.force), 0o755);
    }
  }
  return transcript.ending.kind === 'doom' ? EXIT.doom : EXIT.ok;
}
