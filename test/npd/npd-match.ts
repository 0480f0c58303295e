import { RE2JS } from 're2js';
import { RE2 } from 're2-wasm';

/**
 * How node-problem-detector tests a rule: `regexp.MustCompile(expr + "\z")` then FindStringIndex on the last
 * bufferSize messages joined by "\n" (pkg/systemlogmonitor/log_buffer.go, Match), run after each new message.
 * Two RE2 engines: re2js, a port of Go's regexp (NPD's engine), and re2-wasm, Google's C++ RE2. Both must agree.
 */
const compiled = new Map<string, { go: RE2JS; cpp: RE2 }>();

export function compileForNpd(pattern: string): { go: RE2JS; cpp: RE2 } {
  let engines = compiled.get(pattern);
  if (!engines) {
    engines = { go: RE2JS.compile(`${pattern}\\z`), cpp: new RE2(`${pattern}\\z`, 'u') };
    compiled.set(pattern, engines);
  }
  return engines;
}

/** Whether a rule fires when `newest` arrives after `earlier` messages, in a buffer of `bufferSize` lines. */
export function npdMatches(pattern: string, bufferSize: number, newest: string, earlier: readonly string[] = []): boolean {
  const buffer = [...earlier, newest].slice(-bufferSize).join('\n');
  const { go, cpp } = compileForNpd(pattern);
  const byGo = go.matcher(buffer).find();
  const byCpp = cpp.test(buffer);
  if (byGo !== byCpp) throw new Error(`RE2 engines disagree on ${JSON.stringify(pattern)} against ${JSON.stringify(buffer)}: go ${byGo}, c++ ${byCpp}`);
  return byGo;
}

/** A syslog line of test fixtures, as journald would hand it to NPD: SYSLOG_IDENTIFIER and MESSAGE. */
export function journalEntry(line: string): { identifier?: string; message: string } {
  const match = /^[A-Z][a-z]{2} [ \d]\d [\d:]{8} \S+ ([^\s[:]+)(?:\[\d+\])?: (.*)$/.exec(line);
  // NPD trims the message (journald/log_watcher.go, translate).
  return match ? { identifier: match[1]!, message: match[2]!.trim() } : { message: line.trim() };
}
