import { EXIT } from '../cli/exit-codes.ts';
import type { Io } from '../cli/io.ts';
import { parseOptions } from '../cli/parse-options.ts';
import { startAt } from '../cli/start-at.ts';
import { UsageError } from '../cli/usage-error.ts';
import { readContent } from '../content/index.ts';
import { formatPlain } from '../headless/format-plain.ts';
import { readAnswers } from '../headless/read-answers.ts';
import { toTranscript } from '../headless/transcript.ts';
import { walkAnswers } from '../headless/walk.ts';

/** `k8s-adventure run`: walk the graph with an answers file; the exit code says where it ended. */
export async function runCommand(args: string[], io: Io): Promise<number> {
  const options = parseOptions('run', args, {
    answers: { type: 'string' },
    'start-at': { type: 'string' },
    json: { type: 'boolean' },
  });
  if (options.answers === undefined) throw new UsageError("run needs --answers FILE (or '-' for standard input)");
  const from = startAt(options['start-at']);
  const answers = await readAnswers(options.answers, io);
  const transcript = toTranscript(walkAnswers(answers, from), readContent());
  io.stdout.write(options.json ? `${JSON.stringify(transcript, null, 2)}\n` : formatPlain(transcript));
  return transcript.ending.kind === 'doom' ? EXIT.doom : EXIT.ok;
}
