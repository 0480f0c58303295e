import { basename, relative } from 'node:path';

const quote = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);

/**
 * The command that resumes a walk, as the user started this one: `npm start -- --resume` under npm,
 * `node dist/cli.js --resume` when the script was run by path, `k8s-adventure --resume` from PATH. What the
 * quit hint tells must work when pasted into the same shell.
 */
export function resumeCommand(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, cwd: string): string {
  if (env.npm_lifecycle_event === 'start') return 'npm start -- --resume';
  const script = argv[1];
  if (!script || basename(script) === 'k8s-adventure') return 'k8s-adventure --resume';
  const path = relative(cwd, script);
  return `node ${quote(path.startsWith('..') ? script : path)} --resume`;
}
