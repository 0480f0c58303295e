import type { Host } from '../../host/index.ts';
import { evidence } from '../finding.ts';
import type { Evidence } from '../types.ts';

/** Files where Docker's daemon options are set on CentOS, Debian/Ubuntu and by daemon.json. */
export const DOCKER_CONFIG_FILES = [
  '/etc/sysconfig/docker',
  '/etc/sysconfig/docker-storage',
  '/etc/sysconfig/docker-storage-setup',
  '/etc/default/docker',
  '/etc/docker/daemon.json',
];

export interface DockerConfig {
  /** The storage driver the configuration asks for, and where. */
  driver?: { value: string; source: string };
  selinuxEnabled?: { source: string; line: string };
  evidence: Evidence[];
  filesFound: number;
}

const optionLine = /^\s*(?:export\s+)?(OPTIONS|DOCKER_OPTS|DOCKER_STORAGE_OPTIONS|other_args)=(.*)$/;

/** Reads what Docker is configured to do, as opposed to what `docker info` says it is doing. */
export async function readDockerConfig(host: Host): Promise<DockerConfig> {
  const config: DockerConfig = { evidence: [], filesFound: 0 };
  for (const file of DOCKER_CONFIG_FILES) {
    const text = await host.readFile(file);
    if (text === undefined) continue;
    config.filesFound += 1;
    if (file.endsWith('.json')) {
      try {
        const json = JSON.parse(text) as Record<string, unknown>;
        if (typeof json['storage-driver'] === 'string') {
          config.driver = { value: json['storage-driver'], source: file };
          config.evidence.push(evidence(file, `"storage-driver": "${json['storage-driver']}"`));
        }
        if (json['selinux-enabled'] === true) {
          config.selinuxEnabled = { source: file, line: '"selinux-enabled": true' };
          config.evidence.push(evidence(file, '"selinux-enabled": true'));
        }
      } catch {
        config.evidence.push(evidence(file, 'not valid JSON'));
      }
      continue;
    }
    for (const line of text.split('\n')) {
      if (line.trimStart().startsWith('#')) continue;
      const setupDriver = /^\s*STORAGE_DRIVER=["']?(\w+)/.exec(line);
      if (setupDriver) {
        config.driver ??= { value: setupDriver[1]!, source: file };
        config.evidence.push(evidence(file, line));
      }
      if (!optionLine.test(line)) continue;
      const driver = /(?:--storage-driver[= ]|\s-s[= ])["']?(\w+)/.exec(line);
      if (driver) {
        config.driver = { value: driver[1]!, source: file };
        config.evidence.push(evidence(file, line));
      }
      if (/--selinux-enabled(?!=false)/.test(line)) {
        config.selinuxEnabled = { source: file, line: line.trim() };
        config.evidence.push(evidence(file, line));
      }
    }
  }
  return config;
}
