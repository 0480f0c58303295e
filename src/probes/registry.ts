import { awsClusterTag } from './aws-cluster-tag.ts';
import { awsInstance } from './aws-instance.ts';
import { awsSecurityGroups } from './aws-security-groups.ts';
import { bridgeNetfilterModule } from './bridge-netfilter-module.ts';
import { bridgeNfCall } from './bridge-nf-call.ts';
import { centosRelease } from './centos-release.ts';
import { cniConfig } from './cni-config.ts';
import { cniLoopbackBinary } from './cni-loopback-binary.ts';
import { dockerBackingFilesystem } from './docker-backing-filesystem.ts';
import { dockerSelinuxEnabled } from './docker-selinux-enabled.ts';
import { dockerStorageConfig } from './docker-storage-config.ts';
import { dockerStorageDriver } from './docker-storage-driver.ts';
import { dockerStorageSetup } from './docker-storage-setup.ts';
import { kubeProxyBrNetfilterLog } from './kube-proxy-br-netfilter-log.ts';
import { kubeletCniFlags } from './kubelet-cni-flags.ts';
import { kubeletDirLabel } from './kubelet-dir-label.ts';
import { kubeletVersion } from './kubelet-version.ts';
import { nodeDependencies } from './node-dependencies.ts';
import { osRelease } from './os-release.ts';
import { overlayModule } from './overlay-module.ts';
import { selinuxMode } from './selinux-mode.ts';
import type { Probe } from './types.ts';

/** Every probe, in the walkthrough's order (like kubeadm's []Checker): doctor reports them in this order. */
export const PROBES: readonly Probe[] = [
  osRelease,
  centosRelease,
  dockerStorageDriver,
  dockerStorageSetup,
  dockerStorageConfig,
  overlayModule,
  dockerBackingFilesystem,
  dockerSelinuxEnabled,
  bridgeNfCall,
  bridgeNetfilterModule,
  kubeProxyBrNetfilterLog,
  selinuxMode,
  kubeletDirLabel,
  kubeletVersion,
  kubeletCniFlags,
  cniLoopbackBinary,
  cniConfig,
  nodeDependencies,
  awsInstance,
  awsClusterTag,
  awsSecurityGroups,
];

export const probeById = (id: string): Probe | undefined => PROBES.find((probe) => probe.id === id);
