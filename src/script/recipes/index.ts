import type { NodeId } from '../../../machines/index.ts';
import type { Recipe } from '../types.ts';
import { untagExtraSecurityGroups } from './aws.ts';
import { configureCni14, installCniBinaries } from './cni.ts';
import { installNodeDependencies } from './dependencies.ts';
import { latestCentosAmi } from './host.ts';
import { persistBridgeNetfilter } from './netfilter.ts';
import { relabelKubeletDir, selinuxDisabled, selinuxPermissive } from './selinux.ts';
import { enableOverlay } from './storage.ts';

/**
 * Every fix of the graph and the steps it becomes (a test keeps this table complete). reboot-and-verify has none
 * of its own: the script reboots once, after every change, whatever the path.
 */
export const RECIPES: Readonly<Partial<Record<NodeId, Recipe>>> = {
  'latest-centos-ami': latestCentosAmi,
  'enable-overlay': enableOverlay,
  'persist-bridge-netfilter': persistBridgeNetfilter,
  'relabel-kubelet-dir': relabelKubeletDir,
  'selinux-permissive': selinuxPermissive,
  'selinux-disabled': selinuxDisabled,
  'install-cni-binaries': installCniBinaries,
  'configure-cni-1-4': configureCni14,
  'install-node-dependencies': installNodeDependencies,
  'reboot-and-verify': () => [],
  'untag-extra-security-groups': untagExtraSecurityGroups,
};
