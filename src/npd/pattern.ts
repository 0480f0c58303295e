import type { Symptom } from '../content/index.ts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Structured logs quote an error inside a field, escaping its quotes: containerd's logrus writes
 * `error="… failed to find plugin \"loopback\" …"`, and so does the kubelet's klog with `err="…"`. So a `"` of the
 * pattern (outside a character class) also matches `\"`.
 */
export function toleratingEscapedQuotes(pattern: string): string {
  let out = '';
  let inClass = false;
  for (let index = 0; index < pattern.length; index += 1) {
    const char = pattern[index]!;
    if (char === '\\') {
      out += char + (pattern[index + 1] ?? '');
      index += 1;
    } else if (char === '"' && !inClass) {
      out += '\\\\?"';
    } else {
      if (char === '[') inClass = true;
      else if (char === ']' && inClass) inClass = false;
      out += char;
    }
  }
  return out;
}

/**
 * A symptom as a node-problem-detector pattern: its pattern when it has one (a symptom's line always matches its
 * own pattern: content/README.md), else its line, and its other wordings, as literal text.
 *
 * NPD appends `\z` to the pattern and searches the last `bufferSize` log messages joined by "\n"
 * (pkg/systemlogmonitor/log_buffer.go, Match), so a pattern must reach the end of the newest message: the `.*`
 * takes whatever follows the symptom on its line, and the group keeps an alternation from leaving `\z` to its last
 * branch. `i` because `why` ignores case; `m` so that `^` and `$` in a content pattern mean a line's start and end
 * in that joined buffer, not the buffer's. A quote may come escaped (see toleratingEscapedQuotes).
 */
export function npdPattern(symptom: Symptom): string {
  const branches = [symptom.pattern ?? escape(symptom.line), ...symptom.variants.map(escape)];
  return `(?im)(?:${toleratingEscapedQuotes(branches.join('|'))}).*`;
}

/** `cni-loopback-missing-doom` → `CniLoopbackMissingDoom`: NPD documents reasons as CamelCase. */
export const pascalCase = (id: string): string =>
  id
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join('');
