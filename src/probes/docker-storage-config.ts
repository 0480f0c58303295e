import { cannotTell, evidence, finding, isFinding, usableOutput } from './finding.ts';
import { readDockerConfig } from './parse/docker-config.ts';
import { parseDockerInfo } from './parse/docker-info.ts';
import type { Probe } from './types.ts';

export const dockerStorageConfig: Probe = {
  id: 'docker-storage-config',
  title: 'Configured storage driver',
  chapter: 'storage-driver',
  reads: 'reads /etc/sysconfig/docker*, /etc/default/docker, /etc/docker/daemon.json',
  expected: 'overlay configured, and the daemon running it',
  async run({ host }) {
    const config = await readDockerConfig(host);
    if (!config.driver) {
      if (config.gaps.length) return cannotTell('no storage driver in the Docker configuration that could be read', config.gaps, config.evidence);
      if (!config.filesFound) return finding('unknown', 'no Docker configuration files found');
      return finding('warn', 'no storage driver configured: Docker picks its default (devicemapper on CentOS)', { evidence: config.evidence, node: 'enable-overlay' });
    }
    // A driver set in a file stands: Docker refuses to start when its flags and daemon.json disagree.
    const configured = config.driver.value;
    if (!/^overlay/.test(configured)) return finding('fail', `${configured} configured in ${config.driver.source}`, { evidence: config.evidence, node: 'enable-overlay' });
    const running = usableOutput(await host.read('docker-info'));
    const live = isFinding(running) ? undefined : parseDockerInfo(running.text).driver;
    if (live && live !== configured && !isFinding(running)) {
      return finding('warn', `${configured} configured but Docker runs ${live}: a restart or reboot is pending`, {
        evidence: [...config.evidence, evidence(running.source, `Storage Driver: ${live}`)],
        node: 'reboot-and-verify',
      });
    }
    if (config.unreadableBySetup) {
      return finding('warn', `${configured} configured as ${config.unreadableBySetup.line}, a form docker-storage-setup cannot read: its unit fails at every boot`, {
        evidence: config.evidence,
        node: 'enable-overlay',
      });
    }
    return finding('pass', `${configured} configured in ${config.driver.source}`, { evidence: config.evidence });
  },
};
