import { doom, fix } from '../../node-builders.ts';
import { question } from './builders.ts';
import type { TodayChapter } from './builders.ts';

export const selinuxFirewallChapter: TodayChapter = {
  id: 'selinux-firewall',
  title: 'SELinux and firewall',
  entry: 'selinux-state',
  nodes: {
    'selinux-state': question(
      [
        { id: 'no-selinux', label: 'No SELinux on this host (Ubuntu uses AppArmor)', target: 'firewalld-state' },
        { id: 'permissive', label: 'Permissive, as the kubeadm install page does it', target: 'firewalld-state' },
        { id: 'enforcing-unlabelled', label: 'Enforcing; pods mount host directories I made by hand', target: 'selinux-unlabelled-hostpath-doom' },
        { id: 'enforcing-labelled', label: 'Enforcing; label the host directories pods mount', target: 'label-host-directories' },
      ],
      { probe: 'selinux-mode' },
    ),
    'selinux-unlabelled-hostpath-doom': doom(),
    'label-host-directories': fix('firewalld-state'),
    'firewalld-state': question(
      [
        { id: 'not-running', label: 'firewalld is not installed, or stopped and disabled', target: 'resolv-conf-upstream' },
        { id: 'running-defaults', label: 'firewalld is running with its default zone', target: 'firewalld-blocks-pods-doom' },
        { id: 'open-and-trust', label: 'firewalld is running; open the ports and trust the pod and Service ranges', target: 'firewalld-open-kubernetes' },
      ],
      { probe: 'firewalld' },
    ),
    'firewalld-blocks-pods-doom': doom(),
    'firewalld-open-kubernetes': fix('resolv-conf-upstream'),
  },
};
