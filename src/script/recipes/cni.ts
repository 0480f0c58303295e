import type { NodeId } from '../../../machines/index.ts';
import { sh } from '../sh.ts';
import type { Recipe, Step } from '../types.ts';
import { installKubelet, kubeletNetworkArgs, kubeletRunning } from './kubelet.ts';

/** The CNI release the content names; 0.2 or later carries the loopback plugin both 1.3.5 and 1.4 need. */
const CNI_RELEASE = 'https://github.com/containernetworking/cni/releases/download/v0.3.0/cni-v0.3.0.tgz';

const installCniRelease = (from: NodeId): Step => ({
  id: 'install-cni-release',
  where: 'node',
  phase: 'install',
  subject: 'cni',
  title: 'Install the CNI release binaries, loopback included',
  from,
  body: sh`
    for dir in /opt/cni/bin /etc/cni/net.d; do
      if [[ ! -d $root$dir ]]; then
        mkdir -p "$root$dir"
        note_change "created $dir"
      fi
    done
    if [[ ! -x $root/opt/cni/bin/loopback ]]; then
      curl -fsSL ${CNI_RELEASE} | tar -xz -C "$root/opt/cni/bin"
      note_change "installed the CNI v0.3.0 binaries in /opt/cni/bin"
    fi
  `,
});

const cniReady = (flags: string, from: NodeId): Step => ({
  id: 'cni-ready',
  where: 'node',
  phase: 'check',
  subject: 'cni',
  title: 'The loopback plugin is in place, and the kubelet gets its CNI flags',
  from,
  body: sh`
    if [[ -x $root/opt/cni/bin/loopback ]]; then ok "/opt/cni/bin/loopback"; else bad "no loopback plugin in /opt/cni/bin"; fi
    if has_text "$root/etc/systemd/system/kubelet.service.d/20-cni.conf" "KUBELET_NETWORK_ARGS=${flags}"; then ok "${flags}"; else bad "the kubelet drop-in lacks ${flags}"; fi
  `,
});

const NETWORK_PLUGIN_DIR = '--network-plugin=cni --network-plugin-dir=/etc/cni/net.d';
const CNI_DIR_FLAGS = '--network-plugin=cni --cni-conf-dir=/etc/cni/net.d --cni-bin-dir=/opt/cni/bin';

/** install-cni-binaries (1.3): the release binaries, and 1.3's one flag naming the config directory. */
export const installCniBinaries: Recipe = (context) => [
  installKubelet(context, '1.3', 'install-cni-binaries'),
  installCniRelease('install-cni-binaries'),
  kubeletNetworkArgs(NETWORK_PLUGIN_DIR, 'install-cni-binaries'),
  cniReady(NETWORK_PLUGIN_DIR, 'install-cni-binaries'),
  kubeletRunning('install-cni-binaries'),
];

/** configure-cni-1-4: the same binaries, and the flags the walk chose (1.4 still reads the old one as config dir). */
export const configureCni14: Recipe = (context) => {
  const flags = context.chose('cni-flags-1-4', 'network-plugin-dir') ? NETWORK_PLUGIN_DIR : CNI_DIR_FLAGS;
  return [
    installKubelet(context, '1.4', 'configure-cni-1-4'),
    installCniRelease('configure-cni-1-4'),
    kubeletNetworkArgs(flags, 'configure-cni-1-4'),
    cniReady(flags, 'configure-cni-1-4'),
    kubeletRunning('configure-cni-1-4'),
  ];
};
