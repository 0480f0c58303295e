import type { NotPresent } from '../host/index.ts';
import { cannotTell, evidence, finding, gapsOf } from './finding.ts';
import type { Probe } from './types.ts';

/** The undocumented dependencies of kubernetes/kubernetes#26093: the binary each package provides. */
const TOOLS = [
  { binary: 'conntrack', rpm: 'conntrack-tools', deb: 'conntrack' },
  { binary: 'socat', rpm: 'socat', deb: 'socat' },
  { binary: 'brctl', rpm: 'bridge-utils', deb: 'bridge-utils' },
];
const PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

export const nodeDependencies: Probe = {
  id: 'node-dependencies',
  title: 'conntrack, socat and brctl',
  chapter: 'dependencies',
  reads: 'looks for conntrack, socat and brctl in the system PATH, then in the installed packages',
  expected: 'conntrack, socat and brctl installed (conntrack-tools, socat, bridge-utils)',
  async run({ host }) {
    const found: string[] = [];
    const missing: string[] = [];
    const gaps = new Map<string, NotPresent>();
    let packages: Awaited<ReturnType<typeof host.read>> | undefined;
    for (const tool of TOOLS) {
      let where: string | undefined;
      const pathGaps: NotPresent[] = [];
      for (const dir of PATH_DIRS) {
        const info = await host.stat(`${dir}/${tool.binary}`);
        if (info.kind === 'present' && info.value.kind === 'file') where ??= `${dir}/${tool.binary}`;
        pathGaps.push(...gapsOf(info));
      }
      if (!where) {
        packages ??= await host.read('installed-packages');
        if (packages.kind === 'present' && new RegExp(`^(ii\\s+)?(${tool.rpm}|${tool.deb})[-\\s:]`, 'm').test(packages.value.output)) where = `package ${tool.rpm} (${packages.source})`;
      }
      if (where) found.push(where);
      // Missing only where something says so: a package list without it, or a PATH read in full.
      else if (packages?.kind === 'present' || !pathGaps.length) missing.push(`${tool.binary} (${tool.rpm})`);
      else for (const gap of [...pathGaps.slice(0, 1), ...gapsOf(packages)]) gaps.set(gap.source, gap);
    }
    const proof = [evidence(packages?.kind === 'present' ? packages.source : 'PATH', [...found, ...missing.map((name) => `missing: ${name}`)].join('\n') || '(nothing found)')];
    if (missing.length) return finding('fail', `missing ${missing.join(', ')}`, { evidence: proof, suggests: 'packages-kubernetes-lists', node: 'missing-dependencies-doom' });
    if (gaps.size) return cannotTell(`found ${found.length} of ${TOOLS.length}; the rest cannot be looked for`, [...gaps.values()], proof);
    return finding('pass', found.join(', '), { evidence: proof, suggests: 'install-undocumented' });
  },
};
