import { EXIT } from '../kit/exit-codes.ts';
import type { Io } from '../kit/io.ts';
import { checkStdin } from '../kit/stdin.ts';
import { packageVersion } from '../kit/version.ts';
import { readContent } from '../content/index.ts';
import { chooseStart, type StartOptions } from '../view/start.ts';
import { writeEndingFiles } from '../report/write-ending-files.ts';
import { atEnding, currentNode, proceed, savePath, saveProgress, type ProbeNote, type Session } from '../session/index.ts';
import type { NodeId } from '../../machines/index.ts';
import { noteOf } from '../probes/question-probes.ts';
import type { ProbeService } from '../probes/probe-service.ts';
import { byHandText } from '../view/by-hand.ts';
import { menu } from '../view/menu.ts';
import { resumeCommand } from '../view/resume-hint.ts';
import { PLAIN_HELP, plainProbe, plainScreen } from './plain-screen.ts';
import { promptFor, respond } from './respond.ts';
import { lineInput } from './line-input.ts';
import { sanitizeLine } from '../text/sanitize.ts';

/**
 * The adventure as lines: for pipes, TERM=dumb, screen readers and --plain. Info and fix nodes are printed and
 * passed; each question reads one line. Piped input never touches the save; on a terminal every way out saves:
 * q, the end of input, and `stop` (a signal: Ctrl+C, SIGTERM, a closed terminal), which returns 130.
 */
export async function runPlain(options: StartOptions, io: Io, probes?: ProbeService, stop?: AbortSignal): Promise<number> {
  checkStdin(io.stdin);
  const input = lineInput(io.stdin, stop);
  try {
    return await walk(options, io, input.next, probes, stop);
  } finally {
    input.close();
  }
}

async function walk(options: StartOptions, io: Io, nextLine: () => Promise<string | undefined>, probes?: ProbeService, stop?: AbortSignal): Promise<number> {
  const content = readContent();
  const host = probes ? await probes.host() : undefined;
  const interactive = io.stdin.isTTY === true;
  const path = savePath(io.env);
  const out = (text: string) => io.stdout.write(text);
  const ask = async (prompt: string): Promise<string | undefined> => {
    out(prompt);
    const line = await nextLine();
    // Piped answers are echoed so the transcript reads like a session; they are outside text, so sanitised.
    if (!interactive && line !== undefined) out(`${sanitizeLine(line, 200)}\n`);
    return line?.trim();
  };

  // Piped answers must not be eaten by a resume question, so a pipe only resumes when told to.
  const start = await chooseStart(path, interactive ? options : { ...options, resume: options.resume ?? false });
  let session = start.resumeNow ? start.resume!.session : start.fresh;
  const finish = async (code: number) => {
    if (interactive) await saveProgress(path, session, { done: out, problem: (line) => io.stderr.write(line) }, resumeCommand(process.argv, io.env, io.cwd));
    return code;
  };
  const stopped = () => stop?.aborted === true;

  out(`k8s-adventure · ${content.get('start')!.title}\n${PLAIN_HELP}\n`);
  if (start.notice) out(`${start.notice}\n\n`);
  if (start.resume && !start.resumeNow && interactive) {
    const node = currentNode(start.resume.session);
    // Until the user answers, the saved walk is the one to keep: a signal now saves it as it was.
    session = start.resume.session;
    const answer = await ask(`Resume where you left off, at "${content.get(node.id)!.title}" (${node.id})? [Y/n] `);
    if (stopped()) return finish(EXIT.interrupted);
    if (answer === undefined) return EXIT.ok;
    if (/^n/i.test(answer)) session = start.fresh;
  }

  // What each probe said, as the walk notes it: taking a suggestion credits the probe.
  const probed = new Map<NodeId, ProbeNote>();
  const probe = async (question: NodeId) => {
    const about = probes?.describe(question);
    if (!about) {
      out(`Probes are off (--no-probes). To find out by hand:\n${byHandText(question, content)}\n`);
      return;
    }
    out(`Probing the host (${about.probe}): ${about.reads}\n`);
    const result = await probes!.run(question, stop ?? new AbortController().signal);
    probed.set(question, noteOf(result));
    out(plainProbe(result, menu(session, content), session, content));
  };

  let shown: Session | undefined;
  for (;;) {
    if (stopped()) return finish(EXIT.interrupted);
    const node = currentNode(session);
    if (shown !== session) {
      out(`\n${plainScreen(session, content)}`);
      if (node.kind === 'question' && probes?.describe(node.id) && !probed.has(node.id)) await probe(node.id);
    }
    shown = session;
    if (node.kind === 'info' || node.kind === 'fix') {
      session = proceed(session);
      continue;
    }
    const line = await ask(promptFor(session, content));
    if (stopped()) {
      out('\n');
      return finish(EXIT.interrupted);
    }
    if (line === undefined) {
      out('\n');
      if (atEnding(session)) return finish(node.kind === 'doom' ? EXIT.doom : EXIT.ok);
      if (interactive) return finish(EXIT.ok);
      io.stderr.write(`k8s-adventure: input ended at question '${node.id}' before an ending\n`);
      return EXIT.badInput;
    }
    const response = respond(session, line, content, probed);
    if (response.quit) return finish(EXIT.ok);
    if (response.say) out(response.say);
    if (response.dontKnow) await probe(node.id);
    if (response.report) out(`${writeEndingFiles(io.cwd, session, content, { version: packageVersion(), ...(host !== undefined ? { host } : {}) })}\n`);
    session = response.session;
  }
}
