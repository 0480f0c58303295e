import { doom, fix } from '../../node-builders.ts';
import { question } from './builders.ts';
import type { TodayChapter } from './builders.ts';

export const hostCgroupsChapter: TodayChapter = {
  id: 'host-cgroups',
  title: 'Host and cgroups',
  entry: 'today-host-os',
  nodes: {
    // Choice ids name the OS families the content's fences use (os=rhel|ubuntu|al2023).
    'today-host-os': question(
      [
        { id: 'rhel', label: 'RHEL 9 or a rebuild of it (Rocky Linux 9, AlmaLinux 9)', target: 'cgroup-version' },
        { id: 'ubuntu', label: 'Ubuntu 22.04 or 24.04', target: 'cgroup-version' },
        { id: 'al2023', label: 'Amazon Linux 2023', target: 'cgroup-version' },
      ],
      { probe: 'os-release' },
    ),
    'cgroup-version': question(
      [
        { id: 'cgroup-v2', label: 'cgroup v2: /sys/fs/cgroup is cgroup2fs (the default on all three)', target: 'swap-state' },
        { id: 'cgroup-v1', label: 'cgroup v1: the kernel was booted back to the legacy hierarchy', target: 'cgroup-v1-doom' },
      ],
      { probe: 'cgroup-fs-type' },
    ),
    'cgroup-v1-doom': doom(),
    'swap-state': question(
      [
        { id: 'no-swap', label: 'No swap: nothing in /proc/swaps, nothing in /etc/fstab', target: 'containerd-config-origin' },
        { id: 'swapoff-only', label: 'Swap was on; `swapoff -a` took care of it', target: 'swapoff-only-doom' },
        { id: 'disable-for-good', label: 'Swap is on; turn it off and take it out of /etc/fstab', target: 'disable-swap' },
      ],
      { probe: 'swap' },
    ),
    'swapoff-only-doom': doom(),
    'disable-swap': fix('containerd-config-origin'),
  },
};
