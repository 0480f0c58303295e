import type { NodeId } from '../../../machines/index.ts';
import { sh } from '../sh.ts';
import type { HostOs, Placeholder, RecipeContext, Step } from '../types.ts';

/** The release the plan's questions settled, as a placeholder the script checks the user's value against. */
export function kubernetesVersion(minor: '1.3' | '1.4'): Placeholder {
  return minor === '1.3'
    ? { name: 'KUBERNETES_VERSION', pattern: '^1\\.3\\.([5-9]|[1-9][0-9])$', example: 'a 1.3 release from 1.3.5 on, such as 1.3.10' }
    : { name: 'KUBERNETES_VERSION', pattern: '^1\\.4\\.[0-9]+$', example: 'a 1.4 release such as 1.4.6' };
}

/** /usr is read-only on CoreOS, /usr/local included: binaries go to /opt/bin there. */
const binDir = (os: HostOs) => (os === 'coreos' ? '/opt/bin' : '/usr/local/bin');

/**
 * The kubelet from the Kubernetes release binaries (there were no 1.3 packages), with a unit that takes its
 * network flags from KUBELET_NETWORK_ARGS and the cluster's own (API servers, credentials) from
 * KUBELET_EXTRA_ARGS, which the plan leaves to you.
 */
export function installKubelet({ os }: RecipeContext, minor: '1.3' | '1.4', from: NodeId): Step {
  const bin = `${binDir(os)}/kubelet`;
  return {
    id: 'install-kubelet',
    where: 'node',
    phase: 'install',
    subject: 'kubelet',
    title: 'Install the kubelet from the Kubernetes release binaries',
    from,
    needs: [kubernetesVersion(minor)],
    body: sh`
      kubelet="$root${bin}"
      if [[ ! -x $kubelet || "$("$kubelet" --version 2>/dev/null)" != "Kubernetes v$KUBERNETES_VERSION" ]]; then
        mkdir -p "$\{kubelet%/*}"
        curl -fsSL -o "$kubelet.download" "https://storage.googleapis.com/kubernetes-release/release/v$KUBERNETES_VERSION/bin/linux/amd64/kubelet"
        chmod 0755 "$kubelet.download"
        mv -f "$kubelet.download" "$kubelet"
        note_change "installed kubelet $KUBERNETES_VERSION"
      fi
      # Cluster flags (--api-servers or --kubeconfig, and so on) are yours: set KUBELET_EXTRA_ARGS in a drop-in
      # such as /etc/systemd/system/kubelet.service.d/30-cluster.conf.
      write_unit "$root/etc/systemd/system/kubelet.service" <<'UNIT'
      [Unit]
      Description=Kubernetes kubelet, installed by the k8s-adventure plan
      Documentation=https://kubernetes.io/docs/admin/kubelet/
      After=docker.service
      Wants=docker.service

      [Service]
      ExecStart=${bin} $KUBELET_NETWORK_ARGS $KUBELET_EXTRA_ARGS
      Restart=always
      RestartSec=10

      [Install]
      WantedBy=multi-user.target
      UNIT
    `,
  };
}

/** The flags that tell the kubelet where CNI lives, through the unit's KUBELET_NETWORK_ARGS, and the kubelet on at boot. */
export const kubeletNetworkArgs = (flags: string, from: NodeId): Step => ({
  id: 'kubelet-network-args',
  where: 'node',
  phase: 'configure',
  subject: 'kubelet',
  title: 'Give the kubelet its CNI flags, and start it at boot',
  from,
  body: sh`
    write_unit "$root/etc/systemd/system/kubelet.service.d/20-cni.conf" <<'UNIT'
    [Service]
    Environment="KUBELET_NETWORK_ARGS=${flags}"
    UNIT
    enable_unit kubelet
  `,
});

export const kubeletRunning = (from: NodeId): Step => ({
  id: 'kubelet-running',
  where: 'node',
  phase: 'verify',
  subject: 'kubelet',
  title: 'The kubelet runs on the booted node',
  from,
  body: sh`
    if systemctl is-active --quiet kubelet; then ok "kubelet is active"; else bad "kubelet is not running: journalctl -u kubelet says why"; fi
  `,
});
