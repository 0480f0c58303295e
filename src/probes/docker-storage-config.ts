import { evidence, finding } from './finding.ts';
import { readDockerConfig } from './parse/docker-config.ts';
import { parseDockerInfo } from './parse/docker-info.ts';
import type { Probe } from './types.ts';

export const dockerStorageConfig: Probe = {
  id: 'docker-storage-config',
  title: 'Configured storage driver',
  chapter: 'storage-driver',
  questions: [],
  reads: 'reads /etc/sysconfig/docker*, /etc/default/docker, /etc/docker/daemon.json',
  async run({ host, timeoutMs, signal }) {
    const expected = 'overlay configured, and the daemon running it';
    const config = await readDockerConfig(host);
    if (!config.filesFound) return finding('unknown', 'no Docker configuration files found', expected);
    if (!config.driver) return finding('warn', 'no storage driver configured: Docker picks its default (devicemapper on CentOS)', expected, { evidence: config.evidence, node: 'enable-overlay' });
    const configured = config.driver.value;
    const running = await host.run('docker-info', [], { timeoutMs, signal });
    const live = running.exitCode === 0 ? parseDockerInfo(running.output).driver : undefined;
    if (!/^overlay/.test(configured)) return finding('fail', `${configured} configured in ${config.driver.source}`, expected, { evidence: config.evidence, node: 'enable-overlay' });
    if (live && live !== configured) {
      return finding('warn', `${configured} configured but Docker runs ${live}: a restart or reboot is pending`, expected, {
        evidence: [...config.evidence, evidence(running.source, `Storage Driver: ${live}`)],
        node: 'reboot-and-verify',
      });
    }
    return finding('pass', `${configured} configured in ${config.driver.source}`, expected, { evidence: config.evidence });
  },
};
