/** One line of /proc/mounts: device, mount point, type. */
export interface Mount {
  source: string;
  target: string;
  type: string;
}

/**
 * The mount that holds `path`: the longest mount point that is `path` or one of its parents, the last mounted
 * where several share a point. `rootfs` is skipped: the kernel's initial root that CentOS 7's /proc/mounts lists
 * first (`rootfs / rootfs rw 0 0`), under the real root file system.
 */
export function mountHolding(mounts: string, path: string): Mount | undefined {
  let best: Mount | undefined;
  for (const line of mounts.split('\n')) {
    const [source, target, type] = line.trim().split(/\s+/);
    if (!source || !target || !type || type === 'rootfs') continue;
    const holds = target === '/' || path === target || path.startsWith(`${target}/`);
    if (holds && (!best || target.length >= best.target.length)) best = { source, target, type };
  }
  return best;
}
