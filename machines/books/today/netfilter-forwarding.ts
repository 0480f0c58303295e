import { doom, fix } from '../../node-builders.ts';
import { question } from './builders.ts';
import type { TodayChapter } from './builders.ts';

export const netfilterForwardingChapter: TodayChapter = {
  id: 'netfilter-forwarding',
  title: 'Netfilter and forwarding',
  entry: 'ip-forward',
  nodes: {
    'ip-forward': question(
      [
        { id: 'sysctl-w', label: '`sysctl -w net.ipv4.ip_forward=1` until preflight passed', target: 'ip-forward-not-persisted-doom' },
        { id: 'sysctl-d-file', label: 'A file in /etc/sysctl.d', target: 'br-netfilter-module' },
      ],
      { probe: 'ip-forward' },
    ),
    'ip-forward-not-persisted-doom': doom(),
    'br-netfilter-module': question(
      [
        { id: 'nothing', label: 'Nothing: kubeadm\'s preflight did not complain', target: 'br-netfilter-missing-doom' },
        { id: 'modprobe-once', label: '`modprobe br_netfilter`, once', target: 'br-netfilter-missing-doom' },
        { id: 'load-at-boot', label: 'Load it at boot and set the bridge keys in /etc/sysctl.d', target: 'persist-forwarding' },
      ],
      { probe: 'br-netfilter' },
    ),
    'br-netfilter-missing-doom': doom(),
    'persist-forwarding': fix('selinux-state'),
  },
};
