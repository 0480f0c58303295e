import { sh } from '../sh.ts';
import type { Recipe } from '../types.ts';

/** persist-bridge-netfilter: a sysctl.d file under /etc, and br_netfilter at boot where it is its own module. */
export const persistBridgeNetfilter: Recipe = () => [
  {
    id: 'bridge-netfilter-sysctl',
    where: 'node',
    phase: 'configure',
    subject: 'sysctl',
    title: 'Pass bridged traffic to iptables, at every boot',
    from: 'persist-bridge-netfilter',
    body: sh`
      write_file "$root/etc/sysctl.d/90-bridge-netfilter.conf" <<'SYSCTL'
      net.bridge.bridge-nf-call-ip6tables = 1
      net.bridge.bridge-nf-call-iptables = 1
      SYSCTL
      # Where bridge netfilter is a module of its own (CentOS from 7.4, kernels from 3.18) the keys exist only once it
      # is loaded, so it must load at boot. The kernel the update installed is the one that boots.
      br_netfilter=("$root"/lib/modules/*/kernel/net/bridge/br_netfilter.ko*)
      if [[ -e $\{br_netfilter[0]} ]]; then
        write_file "$root/etc/modules-load.d/br_netfilter.conf" <<'MODULES'
      br_netfilter
      MODULES
      fi
    `,
  },
  {
    id: 'bridge-netfilter-file',
    where: 'node',
    phase: 'check',
    subject: 'sysctl',
    title: 'The sysctl.d file sets both keys to 1',
    from: 'persist-bridge-netfilter',
    body: sh`
      for key in net.bridge.bridge-nf-call-iptables net.bridge.bridge-nf-call-ip6tables; do
        if has_line "$root/etc/sysctl.d/90-bridge-netfilter.conf" "$key = 1"; then ok "$key = 1 at boot"; else bad "$key is not set to 1"; fi
      done
    `,
  },
  {
    id: 'bridge-netfilter-live',
    where: 'node',
    phase: 'verify',
    subject: 'sysctl',
    title: 'Bridged traffic reaches iptables on the booted node',
    from: 'persist-bridge-netfilter',
    body: sh`
      for key in bridge-nf-call-iptables bridge-nf-call-ip6tables; do
        value=missing
        if [[ -r $root/proc/sys/net/bridge/$key ]]; then value=$(<"$root/proc/sys/net/bridge/$key"); fi
        if [[ $value == 1 ]]; then ok "$key = 1"; else bad "$key is $value"; fi
      done
    `,
  },
];
