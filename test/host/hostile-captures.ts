import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Text no output of the CLI may ever contain: it lives outside every capture root. */
export const CANARY = 'CANARY-SECRET-7f3a9c';

export interface Outside {
  /** A directory next to (not inside) the capture roots. */
  dir: string;
  /** Its file holding the canary. */
  secret: string;
}

/** A directory outside any capture, holding the canary, deep enough that `..` chains can aim at it. */
export function outsideSecret(): Outside {
  const dir = mkdtempSync(join(tmpdir(), 'k8s-outside-'));
  writeFileSync(join(dir, 'secret'), `${CANARY}\nID=centos\nPRETTY_NAME="${CANARY}"\n`);
  return { dir, secret: join(dir, 'secret') };
}

/** Enough `..` to climb from any depth to the real `/`, then the absolute path without its leading slash. */
const climb = (absolute: string) => `${'../'.repeat(40)}${absolute.slice(1)}`;

export interface EscapingLink {
  kind: string;
  /** Links to create, relative to the capture root: [link path, target]. The first is the one read. */
  links: [string, string][];
}

/**
 * Every way a link in a capture can aim outside it: absolute, relative, through a missing name (the path.join
 * bug: `nosuch/../..` collapsed lexically), through directory links (absolute and relative), through a link to
 * `..`, a loop, and a chain longer than the kernel follows. `at` is the host path the probes will read.
 */
export function escapingLinks(outside: Outside, at: string): EscapingLink[] {
  const base = at.replace(/^\//, '');
  const dir = dirname(base);
  return [
    { kind: 'absolute', links: [[base, outside.secret]] },
    { kind: 'relative', links: [[base, climb(outside.secret)]] },
    { kind: 'through a missing name', links: [[base, `nosuch/${climb(outside.secret)}`]] },
    { kind: 'through a missing name, the issue’s own', links: [[base, `nosuch/../../../../../../../..${outside.secret}`]] },
    { kind: 'through an absolute directory link', links: [[base, 'outdir/secret'], [`${dir}/outdir`, outside.dir]] },
    { kind: 'through a relative directory link', links: [[base, 'outdir/secret'], [`${dir}/outdir`, climb(outside.dir)]] },
    { kind: 'through a link to ..', links: [[base, `up/up/up/up/up/up/up/up/up/up/up/up${outside.secret}`], [`${dir}/up`, '..']] },
    { kind: 'through /proc/self/root', links: [[base, `/proc/self/root${outside.secret}`]] },
    { kind: 'a loop', links: [[base, 'loop-a'], [`${dir}/loop-a`, 'loop-b'], [`${dir}/loop-b`, 'loop-a']] },
    { kind: 'a chain of 41 links', links: [[base, 'chain-0'], ...Array.from({ length: 41 }, (_, i): [string, string] => [`${dir}/chain-${i}`, i === 40 ? outside.secret : `chain-${i + 1}`])] },
  ];
}

/** A capture root holding the given links (and nothing else unless `files` adds some). */
export function captureWith(links: [string, string][], files: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'k8s-capture-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  for (const [path, target] of links) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    symlinkSync(target, join(root, path));
  }
  return root;
}

/** A FIFO, a character device (/dev/zero's numbers), a 3 MiB file or binary junk, at `path` inside `root`. */
export function hostileFile(root: string, path: string, kind: 'fifo' | 'device' | 'huge' | 'binary'): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  if (kind === 'fifo') execFileSync('mkfifo', [full]);
  // A character device made in place (the tests run as root, as CI does): a link to /dev/zero would be confined.
  else if (kind === 'device') execFileSync('mknod', [full, 'c', '1', '5']);
  else if (kind === 'huge') writeFileSync(full, Buffer.alloc(3 << 20, 'A'));
  else writeFileSync(full, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 37) % 256)));
}

/**
 * A plain capture whose every file a probe reads is an escaping link, the kinds taken in turn from `rotation`
 * (rotation 3 puts the issue's own `nosuch/../..` link at /etc/os-release), plus `commands/` outputs that escape
 * too: the probes may say unknown, but nothing from outside may reach any output.
 */
export function everyReadEscapes(outside: Outside, rotation: number): string {
  const paths = ['/etc/os-release', '/etc/centos-release', '/etc/redhat-release', '/etc/system-release', '/etc/sysconfig/docker', '/etc/sysconfig/docker-storage', '/proc/mounts', '/proc/modules', '/etc/selinux/config', '/etc/sysctl.conf', '/commands/docker_info', '/commands/kubelet_--version', '/etc/cni/net.d/10-net.conf', '/run/cloud-init/instance-data.json'];
  const links = paths.flatMap((path, index) => {
    const kinds = escapingLinks(outside, path);
    return kinds[(index + rotation) % kinds.length]!.links;
  });
  return captureWith([...new Map(links)]);
}
