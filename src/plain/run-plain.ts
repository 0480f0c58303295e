import { createInterface } from 'node:readline';
import { EXIT } from '../cli/exit-codes.ts';
import type { Io } from '../cli/io.ts';
import { packageVersion } from '../cli/version.ts';
import { readContent } from '../content/index.ts';
import { chooseStart, type StartOptions } from '../interactive/choose-start.ts';
import { writeEndingFiles } from '../report/write-ending-files.ts';
import { atEnding, currentNode, proceed, savePath, saveProgress, type Session } from '../session/index.ts';
import type { ProbeResult } from '../probes/index.ts';
import type { ProbeService } from '../probes/probe-service.ts';
import { menu, sectionText } from '../ui/screen.ts';
import { PLAIN_HELP, plainProbe, plainScreen } from './plain-screen.ts';
import { promptFor, respond } from './respond.ts';

/**
 * The adventure as lines: for pipes, TERM=dumb, screen readers and --plain. Info and fix nodes are printed and
 * passed; each question reads one line. Piped input never touches the save; a terminal saves on quit.
 */
export async function runPlain(options: StartOptions, io: Io, probes?: ProbeService): Promise<number> {
  const content = readContent();
  const interactive = io.stdin.isTTY === true;
  const path = savePath(io.env);
  const lines = createInterface({ input: io.stdin, terminal: false })[Symbol.asyncIterator]();
  const out = (text: string) => io.stdout.write(text);
  const ask = async (prompt: string): Promise<string | undefined> => {
    out(prompt);
    const next = await lines.next();
    if (!interactive && !next.done) out(`${next.value}\n`);
    return next.done ? undefined : next.value.trim();
  };

  // Piped answers must not be eaten by a resume question, so a pipe only resumes when told to.
  const start = chooseStart(path, interactive ? options : { ...options, resume: options.resume ?? false });
  let session = start.resumeNow ? start.resume!.session : start.fresh;
  out(`k8s-adventure · ${content.get('start')!.title}\n${PLAIN_HELP}\n`);
  if (start.notice) out(`${start.notice}\n\n`);
  if (start.resume && !start.resumeNow && interactive) {
    const node = currentNode(start.resume.session);
    const answer = await ask(`Resume where you left off, at "${content.get(node.id)!.title}" (${node.id})? [Y/n] `);
    if (answer === undefined) return EXIT.ok;
    if (!/^n/i.test(answer)) session = start.resume.session;
  }

  const finish = (code: number) => {
    if (!interactive) return code;
    saveProgress(path, session, { done: out, problem: (line) => io.stderr.write(line) });
    return code;
  };

  const probed = new Map<string, ProbeResult>();
  const probe = async (question: string) => {
    const about = probes?.describe(question);
    if (!about) {
      out(`Probes are off (--no-probes). To find out by hand:\n${sectionText(content.get(question)!.markdown, 'Check by hand') ?? 'This question has no check by hand written down.'}\n`);
      return;
    }
    out(`Probing the host (${about.probe}): ${about.reads}\n`);
    const result = await probes!.run(question, new AbortController().signal);
    probed.set(question, result);
    out(plainProbe(result, menu(session, content)));
  };

  let shown: Session | undefined;
  for (;;) {
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
    if (line === undefined) {
      out('\n');
      if (atEnding(session)) return finish(node.kind === 'doom' ? EXIT.doom : EXIT.ok);
      if (interactive) return finish(EXIT.ok);
      io.stderr.write(`k8s-adventure: input ended at question '${node.id}' before an ending\n`);
      return EXIT.badInput;
    }
    const response = respond(session, line, content, probed.get(node.id));
    if (response.quit) return finish(EXIT.ok);
    if (response.say) out(response.say);
    if (response.dontKnow) await probe(node.id);
    if (response.report) out(`${writeEndingFiles(io.cwd, session, content, packageVersion())}\n`);
    session = response.session;
  }
}
