/** One path component against one glob component: `*`, `?` and `[...]`, as sos and the shell expand them. */
export function matchComponent(glob: string, name: string): boolean {
  let pattern = '';
  for (let index = 0; index < glob.length; index += 1) {
    const char = glob[index]!;
    if (char === '*') pattern += '[^/]*';
    else if (char === '?') pattern += '[^/]';
    else if (char === '[') {
      const close = glob.indexOf(']', index + 1);
      if (close < 0) pattern += '\\[';
      else {
        pattern += `[${glob.slice(index + 1, close).replace(/^!/, '^').replace(/[\\\]]/g, '\\$&')}]`;
        index = close;
      }
    } else pattern += char.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${pattern}$`).test(name);
}

const parts = (path: string) => path.split('/').filter(Boolean);

/**
 * Whether a collection rule covers a host path: the path is the rule's file or directory, lies beneath it, matches
 * its glob, or is the directory a glob lists (`/etc/modules-load.d` for `/etc/modules-load.d/*.conf`).
 */
export function covers(rule: string, path: string): boolean {
  const want = parts(rule);
  const have = parts(path);
  if (have.length === want.length - 1 && /[*?[]/.test(want.at(-1)!)) return have.every((name, index) => matchComponent(want[index]!, name));
  if (have.length < want.length) return false;
  return want.every((glob, index) => matchComponent(glob, have[index]!));
}
