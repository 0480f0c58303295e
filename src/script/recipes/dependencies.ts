import { sh } from '../sh.ts';
import type { HostOs, Recipe } from '../types.ts';

/** kubernetes#26093's undocumented dependencies, by the names each OS knows them by. */
const PACKAGES: Readonly<Record<HostOs, string>> = {
  centos: 'conntrack-tools socat bridge-utils',
  debian: 'conntrack socat bridge-utils',
  // No packages on CoreOS: these are the commands the image must already have.
  coreos: 'conntrack socat brctl',
};

export const installNodeDependencies: Recipe = ({ os }) => [
  {
    id: 'install-node-dependencies',
    where: 'node',
    phase: 'install',
    subject: 'dependencies',
    title: 'Install conntrack, socat and bridge-utils',
    from: 'install-node-dependencies',
    body: `install_packages ${PACKAGES[os]}`,
  },
  {
    id: 'node-dependencies-present',
    where: 'node',
    phase: 'check',
    subject: 'dependencies',
    title: 'conntrack, socat and bridge-utils are installed',
    from: 'install-node-dependencies',
    body: sh`
      for package in ${PACKAGES[os]}; do
        if package_installed "$package"; then ok "$package"; else bad "$package is missing"; fi
      done
    `,
  },
];
