import { resolve } from 'node:path';
import { GRAPH_VERSION } from '../../machines/index.ts';
import { EXIT } from '../kit/exit-codes.ts';
import type { Io } from '../kit/io.ts';
import { checkStdin, stdinChunks } from '../kit/stdin.ts';
import { UsageError } from '../kit/usage-error.ts';
import { readContent } from '../content/index.ts';
import { openRegular, UnreadableError } from '../fs/read-bounded.ts';
import { liveHost } from '../host/index.ts';
import { DEFAULT_PROBE_TIMEOUT_MS } from '../probes/index.ts';
import { probeService } from '../probes/probe-service.ts';
import { sanitizeLine } from '../text/sanitize.ts';
import { splitLines } from '../why/lines.ts';
import { buildMatchers } from '../why/matchers.ts';
import { rank, renderWhy } from '../why/rank.ts';
import { scan } from '../why/scan.ts';
import { correlate } from '../why/correlate.ts';
import { chapterHints, renderFallback, SEARCHED_LINES, suggestionsFor } from '../why/fallback.ts';
import type { CommandSpec } from '../kit/command-spec.ts';
import { parseCommand } from '../kit/parse-options.ts';
import { withExitSignals } from '../kit/exit-signals.ts';

/** Passes lines through, keeping the first SEARCHED_LINES (each cut to 1,000 characters) for the word search. */
async function* keepHead(lines: AsyncIterable<string>, head: string[]): AsyncGenerator<string> {
  for await (const line of lines) {
    if (head.length <= SEARCHED_LINES) head.push(line.slice(0, 1000));
    yield line;
  }
}

async function* textChunks(text: string) {
  yield text;
}

/**
 * Where the input comes from: the text argument, standard input (`-`), or a file (--file). A log is streamed, never
 * read whole, so it may be any size; only a regular file is opened, so a FIFO cannot block and /dev/zero cannot
 * stream forever.
 */
async function inputOf(text: string | undefined, file: string | undefined, io: Io): Promise<AsyncIterable<Buffer | string>> {
  if (file !== undefined) {
    try {
      return (await openRegular(resolve(io.cwd, file))).createReadStream();
    } catch (error) {
      if (error instanceof UnreadableError) throw new UsageError(`cannot read '${sanitizeLine(file, 80)}': ${error.reason}`);
      throw error;
    }
  }
  if (text === '-') {
    checkStdin(io.stdin);
    return stdinChunks(io.stdin);
  }
  return textChunks(text!);
}

export const whySpec = {
  name: 'why',
  title: 'k8s-adventure why: from a symptom back to the node that explains it',
  usage: [
    'k8s-adventure why "<text>" [--json]',
    'k8s-adventure why - [--json]            read standard input',
    'k8s-adventure why --file LOG [--json]',
    'k8s-adventure why                       on a terminal: paste it in, then jump into the adventure',
  ],
  positionals: true,
  flags: {
    file: { type: 'string', arg: 'LOG', help: ['read a log file (any size: it is streamed)'] },
    json: {
      type: 'boolean',
      help: ['print {"version", "lines", "matches": [{"id", "kind", "title", "means", "command", "count", "hits": [{"line", "text", "symptom"}], "fix": [...]}]}'],
    },
  },
  notes: [
    "Timestamps, journald prefixes, colour codes, case and lines wrapped by a terminal don't get in the way.\nText that starts with '-' goes after '--': k8s-adventure why -- \"-- No entries --\"",
  ],
  examples: [
    'k8s-adventure why \'error: "net.bridge.bridge-nf-call-iptables" is an unknown key\'',
    'docker info 2>&1 | k8s-adventure why -',
    'journalctl -u kube-controller-manager | k8s-adventure why - --json',
    'k8s-adventure why --file /var/log/messages',
    "k8s-adventure why 'ClusterIP unreachable after reboot'   # no log line: the closest nodes by their words",
  ],
  footer: 'Exit codes: 0 a known symptom matched, 1 none did (the closest nodes by their words, or the chapters, are offered: a guess, not a match), 2 bad input.',
} as const satisfies CommandSpec;

/** `k8s-adventure why`: from a symptom (an error, a warning, a log) back to the node that explains it. */
export async function whyCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommand(whySpec, args);
  if (positionals.length > 1) throw new UsageError(`why takes one text argument, got ${positionals.length}; quote the text, or pipe it in with '-'`);
  const [text] = positionals;
  if (text !== undefined && values.file !== undefined) throw new UsageError('give why either text or --file, not both');
  if (text === undefined && values.file === undefined) {
    if (io.stdin.isTTY && io.stdout.isTTY) {
      // The paste box leads into the adventure, which probes this machine as `k8s-adventure` does.
      const { runInteractive } = await import('../interactive/run-interactive.tsx');
      return withExitSignals((stop) => runInteractive({}, io, probeService(liveHost(io.env), DEFAULT_PROBE_TIMEOUT_MS), 'why', stop));
    }
    throw new UsageError("why needs something to look at: text, '-' for standard input, or --file LOG");
  }
  if (text === '') throw new UsageError('why got empty text');
  const content = readContent();
  const head: string[] = [];
  const scanned = await scan(keepHead(splitLines(await inputOf(text, values.file, io)), head), buildMatchers(content));
  const { lines } = scanned;
  if (text === '-' && lines === 0) throw new UsageError('nothing arrived on standard input');
  const matches = rank(correlate(scanned).values(), content);
  if (matches.length) {
    io.stdout.write(values.json ? `${JSON.stringify({ version: GRAPH_VERSION, lines, matches }, null, 2)}\n` : renderWhy(matches, lines));
    return EXIT.ok;
  }
  // Nothing matched a symptom: a next step all the same, never a match (exit 1, as scripts rely on).
  const suggestions = lines <= SEARCHED_LINES ? suggestionsFor(head.join('\n'), content) : [];
  const hints = suggestions.length ? [] : chapterHints(content);
  io.stdout.write(
    values.json
      ? `${JSON.stringify({ version: GRAPH_VERSION, lines, matches, suggestions, ...(hints.length ? { chapters: hints } : {}) }, null, 2)}\n`
      : renderFallback(lines, suggestions, hints),
  );
  return EXIT.doom;
}
