import type { NodeId } from '../../machines/index.ts';
/**
 * Where each symptom's line is written on a node, as node-problem-detector's log watchers see it.
 *
 * NPD's journald watcher keeps only entries whose SYSLOG_IDENTIFIER equals `pluginConfig.source`
 * (pkg/systemlogmonitor/logwatchers/journald/log_watcher.go, getJournal), so a source here is one identifier, and one
 * NPD config file per identifier. The identifier is the name systemd gives the unit's binary: `dockerd-current` for
 * CentOS/RHEL's own docker package (the walkthrough's), `dockerd` for upstream Docker.
 */
export type SourceId = 'kubelet' | 'kube-proxy' | 'dockerd' | 'dockerd-current' | 'docker-storage-setup' | 'containerd' | 'kube-controller-manager' | 'kernel';

export interface LogSource {
  id: SourceId;
  watcher: { plugin: 'journald'; identifier: string } | { plugin: 'kmsg' };
  /**
   * The node condition a permanent rule sets, one per config file: two NPD monitors must never share a condition
   * type, because each reports all of its conditions with every status and the last one to report wins.
   * Absent where a line is not about the node that logged it (the controller manager writes about other machines).
   */
  condition?: string;
  /** What the condition is called in prose, for its default message. */
  component: string;
}

const journald = (identifier: string) => ({ plugin: 'journald', identifier }) as const;

export const LOG_SOURCES: readonly LogSource[] = [
  { id: 'kubelet', watcher: journald('kubelet'), condition: 'KubeletSetupProblem', component: 'the kubelet' },
  { id: 'kube-proxy', watcher: journald('kube-proxy'), condition: 'KubeProxySetupProblem', component: 'kube-proxy' },
  { id: 'dockerd', watcher: journald('dockerd'), condition: 'DockerdSetupProblem', component: 'dockerd' },
  { id: 'dockerd-current', watcher: journald('dockerd-current'), condition: 'DockerdCurrentSetupProblem', component: "CentOS's dockerd-current" },
  { id: 'docker-storage-setup', watcher: journald('docker-storage-setup'), condition: 'DockerStorageSetupProblem', component: 'docker-storage-setup' },
  { id: 'containerd', watcher: journald('containerd'), condition: 'ContainerdSetupProblem', component: 'containerd' },
  { id: 'kube-controller-manager', watcher: journald('kube-controller-manager'), component: 'the controller manager' },
  { id: 'kernel', watcher: { plugin: 'kmsg' }, condition: 'KernelSetupProblem', component: 'the kernel' },
];

/** Docker logs under one identifier or the other depending on who packaged it: a docker symptom goes to both. */
const DOCKER: SourceId[] = ['dockerd', 'dockerd-current'];

/** A symptom's line, and where it is logged, or why it is not a log line at all. */
export type SymptomSource = { node: NodeId; line: string } & ({ sources: SourceId[] } | { notLogged: string });

/**
 * Every symptom of the content, by node id and quoted line. A test fails when a symptom is added, reworded or
 * removed without updating this list, so no symptom is silently left out of (or wrongly put into) the export.
 * Sources were checked against the code that writes the line; see the README section on `export --format npd`.
 */
export const SYMPTOM_SOURCES: readonly SymptomSource[] = [
  { node: 'amazon-linux-doom', line: 'ID="amzn"', notLogged: 'a line of /etc/os-release' },
  { node: 'centos-too-old-doom', line: 'CentOS Linux release 7.1.1503 (Core)', notLogged: 'the contents of /etc/redhat-release' },
  // The daemon returns the start error to its client and logs it ("Handler for POST /containers/…/start returned error").
  { node: 'centos-too-old-doom', line: '/merged/dev/shm: invalid argument', sources: DOCKER },
  {
    node: 'devicemapper-loopback-doom',
    line: 'WARNING: Usage of loopback devices is strongly discouraged for production use.',
    // dockerd's own warning reads "devmapper: Usage of loopback devices…" (moby v1.12.6 deviceset.go), which
    // neither quoted wording matches.
    notLogged: 'printed by docker info',
  },
  { node: 'devicemapper-loopback-doom', line: 'Data loop file: /var/lib/docker/devicemapper/devicemapper/data', notLogged: 'printed by docker info' },
  { node: 'devicemapper-loopback-doom', line: '● docker-storage-setup.service loaded failed failed Docker Storage Setup', notLogged: 'printed by systemctl' },
  // container-storage-setup.sh's Fatal "There is not enough free space in volume group $VG…", and lvcreate's own
  // error, both on the unit's output.
  { node: 'devicemapper-loopback-doom', line: 'There is not enough free space in volume group', sources: ['docker-storage-setup'] },
  // docker-storage-setup.sh's Info before it exits when the root is not on LVM; the unit's output.
  { node: 'devicemapper-loopback-doom', line: 'No valid volume group found. Exiting.', sources: ['docker-storage-setup'] },
  // docker-storage-setup.sh's Fatal when DOCKER_STORAGE_OPTIONS is in a form it cannot parse, or names another driver.
  { node: 'enable-overlay', line: 'Failed to determine existing storage driver.', sources: ['docker-storage-setup'] },
  { node: 'enable-overlay', line: "Storage is already configured with devicemapper driver. Can't configure it with overlay driver.", sources: ['docker-storage-setup'] },
  { node: 'aufs-doom', line: 'Storage Driver: aufs', notLogged: 'printed by docker info' },
  {
    node: 'overlay-without-d-type-doom',
    line: 'overlay: the backing xfs filesystem is formatted without d_type support, which leads to incorrect behavior. Reformat the filesystem with ftype=1 to enable d_type support.',
    // moby v1.13.1 daemon/graphdriver/overlayutils/overlayutils.go: logged as a warning at start.
    sources: DOCKER,
  },
  { node: 'overlay-without-d-type-doom', line: 'Supports d_type: false', notLogged: 'printed by docker info' },
  {
    node: 'overlay-selinux-enabled-doom',
    // Docker 1.10–1.12's wording (daemon_unix.go), logged as the daemon exits.
    line: 'Error starting daemon: SELinux is not supported with the overlay graph driver',
    sources: DOCKER,
  },
  { node: 'bridge-netfilter', line: 'WARNING: bridge-nf-call-iptables is disabled', notLogged: 'printed by docker info' },
  { node: 'bridge-netfilter', line: 'WARNING: bridge-nf-call-ip6tables is disabled', notLogged: 'printed by docker info' },
  { node: 'sysctl-conf-doom', line: 'error: "net.bridge.bridge-nf-call-ip6tables" is an unknown key', notLogged: 'printed by sysctl(8) wherever it was run, under no fixed identifier' },
  { node: 'sysctl-conf-doom', line: 'error: "net.bridge.bridge-nf-call-iptables" is an unknown key', notLogged: 'printed by sysctl(8) wherever it was run, under no fixed identifier' },
  { node: 'kube-proxy-br-netfilter-warning', line: 'proxier.go:205] missing br-netfilter module or unset br-nf-call-iptables; proxy may not work as intended', sources: ['kube-proxy'] },
  { node: 'cni-binaries-missing-doom', line: 'Error while adding to cni lo network: could not find "." plugin', sources: ['kubelet'] },
  { node: 'cni-old-flags-doom', line: 'cni config unintialized', sources: ['kubelet'] },
  // Kubernetes 1.4's kubelet runs CNI itself; with a CRI runtime, containerd runs it and both log the error.
  { node: 'cni-loopback-missing-doom', line: 'failed to find plugin "loopback" in path', sources: ['kubelet', 'containerd'] },
  // The kubelet's port-forward handler logs "error forwarding port … to pod …: <err>" with HandleError and sends
  // the same text to kubectl.
  { node: 'missing-dependencies-doom', line: 'unable to do port forwarding: socat not found.', sources: ['kubelet'] },
  // The kubelet's hostport manager warns at start (hostport_manager.go).
  { node: 'missing-dependencies-doom', line: 'The binary conntrack is not installed, this can cause failures in network connection cleanup.', sources: ['kubelet'] },
  // The controller manager's event recorder logs each event: "… type: 'Warning' reason: 'CreatingLoadBalancerFailed' …".
  { node: 'aws-silent-errors', line: 'CreatingLoadBalancerFailed', sources: ['kube-controller-manager'] },
  {
    node: 'multiple-tagged-security-groups-doom',
    line: 'Error opening ingress rules for the load balancer to the instances: Multiple tagged security groups found for instance i-04bd9c4c8aa; ensure only the k8s security group is tagged',
    sources: ['kube-controller-manager'],
  },
  {
    node: 'untagged-security-groups-doom',
    line: 'Multiple untagged security groups found for instance i-04bd9c4c8aa; ensure the k8s security group is tagged',
    sources: ['kube-controller-manager'],
  },
];

export const sourceById = (id: SourceId): LogSource => LOG_SOURCES.find((source) => source.id === id)!;
