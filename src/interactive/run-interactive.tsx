import { render } from 'ink';
import { EXIT } from '../kit/exit-codes.ts';
import { stopForHangUp } from '../kit/exit-signals.ts';
import type { Io } from '../kit/io.ts';
import { packageVersion } from '../kit/version.ts';
import { readContent } from '../content/index.ts';
import type { ProbeService } from '../probes/probe-service.ts';
import { writeEndingFiles } from '../report/write-ending-files.ts';
import { savePath, saveProgress, startSession, type Session } from '../session/index.ts';
import { App } from '../ui/App.tsx';
import { chooseStart, type Start, type StartOptions } from '../view/start.ts';
import { useState, type ReactElement } from 'react';
import type { NodeId } from '../../machines/index.ts';
import { WhyApp } from '../ui/WhyApp.tsx';
import { resumeCommand } from '../view/resume-hint.ts';
import { buildMatchers, type SymptomMatcher } from '../why/matchers.ts';

/** `why` first: the paste box, then the adventure at the node the user picked. */
function WhyThenAdventure({ matchersOf, adventure, onQuit, stop }: { matchersOf: () => SymptomMatcher[]; adventure: (startAt: NodeId) => ReactElement; onQuit: (interrupted: boolean) => void; stop?: AbortSignal }) {
  const [startAt, setStartAt] = useState<NodeId>();
  if (startAt) return adventure(startAt);
  return <WhyApp content={readContent()} matchers={matchersOf()} onJump={setStartAt} onQuit={onQuit} {...(stop ? { stop } : {})} />;
}

/**
 * The Ink adventure on a terminal, or with `why` first, the paste box that leads into it. Saves progress on every
 * way out of the adventure: q, Ctrl+C (exit 130), and `stop` (a signal from outside, a closed terminal).
 */
export async function runInteractive(options: StartOptions, io: Io, probes?: ProbeService, first?: 'why', stop?: AbortSignal): Promise<number> {
  const content = readContent();
  const path = savePath(io.env);
  const version = packageVersion();
  // Named once, before the first screen: the report is written synchronously at an ending.
  const host = probes ? await probes.host() : undefined;
  let outcome: { session: Session; interrupted: boolean } | undefined;
  let quitWhy: boolean | undefined;
  const adventure = (start: Start) => (
    <App
      content={content}
      fresh={start.resumeNow ? start.resume!.session : start.fresh}
      {...(start.resume && !start.resumeNow ? { resume: start.resume } : {})}
      {...(start.notice ? { notice: start.notice } : {})}
      {...(probes ? { probes } : {})}
      onExit={(result) => (outcome = result)}
      writeReport={(session) => writeEndingFiles(io.cwd, session, content, { version, ...(host !== undefined ? { host } : {}) })}
      {...(stop ? { stop } : {})}
    />
  );
  const tree =
    first === 'why' ? (
      <WhyThenAdventure matchersOf={() => buildMatchers(content)} adventure={(startAt) => adventure({ fresh: startSession(startAt) })} onQuit={(interrupted) => (quitWhy = interrupted)} {...(stop ? { stop } : {})} />
    ) : (
      adventure(await chooseStart(path, options))
    );
  // In raw mode Ctrl+D is a key, so a terminal's input ends or fails (EIO) only when the terminal is gone: leave
  // as on a hang-up, saving, before Ink unmounts on its own when nothing is left to wait for.
  const hangUp = () => stopForHangUp();
  io.stdin.on('error', hangUp).on('end', hangUp);
  const app = render(tree, { exitOnCtrlC: false, stdout: io.stdout as NodeJS.WriteStream, stdin: io.stdin as NodeJS.ReadStream });
  // For `npm run bench`: Ink 6 writes the first frame inside render(), so this times start-up to a visible screen.
  if (io.env.K8S_ADVENTURE_EXIT_AFTER_FIRST_FRAME === '1') {
    app.unmount();
    return EXIT.ok;
  }
  await app.waitUntilExit();
  if (quitWhy !== undefined) return quitWhy ? EXIT.interrupted : EXIT.ok;
  if (!outcome) return EXIT.ok;
  const toStderr = (line: string) => io.stderr.write(line);
  await saveProgress(path, outcome.session, { done: toStderr, problem: toStderr }, resumeCommand(process.argv, io.env, io.cwd));
  return outcome.interrupted ? EXIT.interrupted : EXIT.ok;
}
