import { doom, fix } from '../../node-builders.ts';
import { question } from './builders.ts';
import type { TodayChapter } from './builders.ts';

/** So far the DNS fork of the chapter; the CNI forks (config, binaries, pod CIDR) are still to be written. */
export const cniDnsChapter: TodayChapter = {
  id: 'cni-dns',
  title: 'CNI and DNS',
  entry: 'resolv-conf-upstream',
  nodes: {
    'resolv-conf-upstream': question(
      [
        { id: 'kubeadm-default', label: 'Leave `resolvConf` to kubeadm', target: 'today-epilogue' },
        { id: 'etc-resolv-conf', label: 'Set `resolvConf: /etc/resolv.conf` in my KubeletConfiguration', target: 'coredns-loop-doom' },
        { id: 'resolved-upstream', label: 'Point `resolvConf` at /run/systemd/resolve/resolv.conf', target: 'kubelet-resolv-conf' },
      ],
      { probe: 'resolv-conf' },
    ),
    'coredns-loop-doom': doom(),
    'kubelet-resolv-conf': fix('today-epilogue'),
  },
};
