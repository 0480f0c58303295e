import { doom, fix } from '../../node-builders.ts';
import { question } from './builders.ts';
import type { TodayChapter } from './builders.ts';

export const containerRuntimeChapter: TodayChapter = {
  id: 'container-runtime',
  title: 'Container runtime',
  entry: 'containerd-config-origin',
  nodes: {
    'containerd-config-origin': question(
      [
        { id: 'package-config', label: 'The config.toml that Docker\'s containerd.io package installed', target: 'cri-plugin-disabled-doom' },
        { id: 'short-hand-written', label: 'A short config.toml written by hand, without a `version` line', target: 'containerd-config-version-doom' },
        { id: 'default-unchanged', label: '`containerd config default`, unchanged', target: 'systemd-cgroup-false-doom' },
        { id: 'default-systemd-cgroup', label: '`containerd config default`, with `SystemdCgroup = true`', target: 'containerd-systemd-cgroup' },
      ],
      { probe: 'containerd-config' },
    ),
    'cri-plugin-disabled-doom': doom(),
    'containerd-config-version-doom': doom(),
    'systemd-cgroup-false-doom': doom(),
    'containerd-systemd-cgroup': fix('ip-forward'),
  },
};
