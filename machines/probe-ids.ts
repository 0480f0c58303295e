/**
 * Every live check the book knows, in the walkthrough's order. src/probes implements one probe per id (a test
 * holds the registry to this list); a question names the one that can answer it with `probe:`. Kept here, not
 * in src/, so the chapters can be checked against it without reaching out of machines/.
 */
export const PROBE_IDS = [
  'os-release',
  'centos-release',
  'docker-storage-driver',
  'docker-storage-setup',
  'docker-storage-config',
  'overlay-module',
  'docker-backing-filesystem',
  'docker-selinux-enabled',
  'bridge-nf-call',
  'bridge-netfilter-module',
  'kube-proxy-br-netfilter-log',
  'selinux-mode',
  'kubelet-dir-label',
  'kubelet-version',
  'kubelet-cni-flags',
  'cni-loopback-binary',
  'cni-config',
  'node-dependencies',
  'aws-instance',
  'aws-cluster-tag',
  'aws-security-groups',
] as const;

export type ProbeId = (typeof PROBE_IDS)[number];

export const isProbeId = (id: string): id is ProbeId => (PROBE_IDS as readonly string[]).includes(id);
