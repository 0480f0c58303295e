import { EXIT } from '../kit/exit-codes.ts';
import type { Io } from '../kit/io.ts';
import { parseOptions } from '../kit/parse-options.ts';
import { startAt } from '../kit/start-at.ts';
import { UsageError } from '../kit/usage-error.ts';
import { readContent } from '../content/index.ts';
import { formatPlain } from '../headless/format-plain.ts';
import { readAnswers } from '../headless/read-answers.ts';
import { toTranscript } from '../headless/transcript.ts';
import { answerSession } from '../headless/walk.ts';
import { reportMarkdown } from '../report/report-markdown.ts';
import { writeReportFile } from '../report/write-report.ts';
import { walkOf } from '../session/index.ts';
import { packageVersion } from '../kit/version.ts';
import { resolve } from 'node:path';
import { openHost } from '../host/index.ts';
import { probeAllQuestions } from '../probes/question-probes.ts';
import { parseTimeout } from '../kit/timeout.ts';
import { planScript } from '../headless/plan-script.ts';
import { isHostOs, type HostOs } from '../script/index.ts';
import { writeScriptFile } from '../report/write-script.ts';

/** `k8s-adventure run`: walk the graph with an answers file; the exit code says where it ended. */
export async function runCommand(args: string[], io: Io): Promise<number> {
  const options = parseOptions('run', args, {
    answers: { type: 'string' },
    'start-at': { type: 'string' },
    json: { type: 'boolean' },
    report: { type: 'string' },
    probes: { type: 'boolean' },
    'host-dir': { type: 'string' },
    timeout: { type: 'string' },
    'emit-script': { type: 'string' },
    os: { type: 'string' },
  });
  if (options.answers === undefined) throw new UsageError("run needs --answers FILE (or '-' for standard input)");
  const from = startAt(options['start-at']);
  if (options['host-dir'] !== undefined && !options.probes) throw new UsageError('--host-dir points the probes at a host; add --probes');
  if (options.os !== undefined && options['emit-script'] === undefined) throw new UsageError('--os names the host OS of the script; add --emit-script FILE');
  if (options.os !== undefined && !isHostOs(options.os)) throw new UsageError(`--os must be one of centos, debian, coreos; got '${options.os}'`);
  if (options.timeout !== undefined && !options.probes) throw new UsageError("--timeout is each probe's deadline; add --probes");
  // Every flag is checked before any input is read.
  const timeoutMs = parseTimeout(options.timeout);
  const answers = await readAnswers(options.answers, io);
  const content = readContent();
  const probed = options.probes
    ? await probeAllQuestions(openHost(options['host-dir'], io.cwd, io.env), { timeoutMs })
    : undefined;
  const session = answerSession(answers, from, probed);
  const transcript = toTranscript(walkOf(session), content);
  if (options.report !== undefined) writeReportFile(resolve(io.cwd, options.report), reportMarkdown(session, content, { version: packageVersion() }));
  io.stdout.write(options.json ? `${JSON.stringify(transcript, null, 2)}\n` : formatPlain(transcript));
  if (options['emit-script'] !== undefined) {
    const script = planScript(walkOf(session), options.os as HostOs | undefined);
    // A doom has no plan to run: the walk's own exit code already says so, and the line says why no file came.
    if (script.kind === 'none') {
      if (transcript.ending.kind === 'doom') io.stderr.write(`k8s-adventure: no script written: ${script.reason}\n`);
      else throw new UsageError(`no script written: ${script.reason}`);
    } else {
      writeScriptFile(resolve(io.cwd, options['emit-script']), script.text);
    }
  }
  return transcript.ending.kind === 'doom' ? EXIT.doom : EXIT.ok;
}
