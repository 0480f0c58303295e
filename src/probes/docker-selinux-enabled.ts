import { cannotTell, evidence, finding } from './finding.ts';
import { readDockerConfig } from './parse/docker-config.ts';
import type { Probe } from './types.ts';

export const dockerSelinuxEnabled: Probe = {
  id: 'docker-selinux-enabled',
  title: "Docker's --selinux-enabled",
  chapter: 'storage-driver',
  reads: 'reads /etc/sysconfig/docker and /etc/docker/daemon.json',
  expected: 'no --selinux-enabled in the Docker options (overlay refuses it)',
  async run({ host }) {
    const config = await readDockerConfig(host);
    if (config.selinuxEnabled) {
      return finding('fail', `--selinux-enabled set in ${config.selinuxEnabled.source}`, {
        evidence: [evidence(config.selinuxEnabled.source, config.selinuxEnabled.line)],
        suggests: 'keep-selinux-enabled',
        node: 'overlay-selinux-enabled-doom',
      });
    }
    if (config.gaps.length) return cannotTell('no --selinux-enabled in the Docker configuration that could be read', config.gaps);
    if (!config.filesFound) return finding('unknown', 'no Docker configuration files found');
    return finding('pass', 'no --selinux-enabled in the Docker options', { suggests: 'drop-selinux-enabled' });
  },
};
