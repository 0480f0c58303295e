import { evidence, finding } from './finding.ts';
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
  questions: ['node-dependencies'],
  reads: 'looks for conntrack, socat and brctl in the system PATH',
  async run({ host }) {
    const expected = 'conntrack, socat and brctl installed (conntrack-tools, socat, bridge-utils)';
    // A sos report holds package lists rather than binaries.
    const packages = (await host.readFile('/installed-rpms')) ?? (await host.readFile('/installed-debs'));
    const found: string[] = [];
    const missing: string[] = [];
    for (const tool of TOOLS) {
      let where: string | undefined;
      if (packages !== undefined) {
        where = new RegExp(`^(ii\\s+)?(${tool.rpm}|${tool.deb})[-\\s:]`, 'm').test(packages) ? `package ${tool.rpm}` : undefined;
      } else {
        for (const dir of PATH_DIRS) if ((await host.stat(`${dir}/${tool.binary}`))?.kind === 'file') where ??= `${dir}/${tool.binary}`;
      }
      if (where) found.push(where);
      else missing.push(`${tool.binary} (${tool.rpm})`);
    }
    const proof = [evidence(packages !== undefined ? 'installed packages' : 'PATH', [...found, ...missing.map((name) => `missing: ${name}`)].join('\n'))];
    if (!missing.length) return finding('pass', found.join(', '), expected, { evidence: proof, suggests: 'install-undocumented' });
    return finding('fail', `missing ${missing.join(', ')}`, expected, { evidence: proof, suggests: 'packages-kubernetes-lists', node: 'missing-dependencies-doom' });
  },
};
