import type { Host, NotPresent } from '../../host/index.ts';
import { evidence, gapsOf } from '../finding.ts';
import type { Evidence } from '../types.ts';
import { osFamily } from './os-family.ts';

/** Files where Docker's daemon options are set on CentOS (sysconfig), Debian/Ubuntu (default) and by daemon.json. */
const RED_HAT_FILES = ['/etc/sysconfig/docker', '/etc/sysconfig/docker-storage', '/etc/sysconfig/docker-storage-setup'];
const DEBIAN_FILES = ['/etc/default/docker'];
const ANY_FILES = ['/etc/docker/daemon.json'];

export interface DockerConfig {
  /** The storage driver the configuration asks for, and where. */
  driver?: { value: string; source: string };
  selinuxEnabled?: { source: string; line: string };
  /**
   * DOCKER_STORAGE_OPTIONS in a form docker-storage-setup cannot read back (`--storage-driver=overlay`): it reads
   * only `--storage-driver <name>` or `-s <name>`, so its unit fails at every boot with "Failed to determine
   * existing storage driver." although Docker itself accepts the options.
   */
  unreadableBySetup?: { source: string; line: string };
  evidence: Evidence[];
  filesFound: number;
  /** Files that could hold an option but were not collected or could not be read. */
  gaps: NotPresent[];
}

const optionLine = /^\s*(?:export\s+)?(OPTIONS|DOCKER_OPTS|DOCKER_STORAGE_OPTIONS|other_args)=(.*)$/;

/**
 * Reads what Docker is configured to do, as opposed to what `docker info` says it is doing. Only the files this
 * distribution's docker unit reads: /etc/default/docker means nothing to CentOS's docker, nor sysconfig to Debian's.
 */
export async function readDockerConfig(host: Host): Promise<DockerConfig> {
  const family = await osFamily(host);
  const files = [...(family !== 'debian' ? RED_HAT_FILES : []), ...(family !== 'red-hat' ? DEBIAN_FILES : []), ...ANY_FILES];
  const config: DockerConfig = { evidence: [], filesFound: 0, gaps: [] };
  for (const file of files) {
    const read = await host.readFile(file);
    config.gaps.push(...gapsOf(read));
    if (read.kind !== 'present') continue;
    const text = read.value;
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
      // `-s` may open the value: DOCKER_OPTS="-s overlay" has a quote before it, not a space.
      const driver = /(?:--storage-driver[= ]|[\s"'=]-s[= ])["']?(\w+)/.exec(line);
      if (driver) {
        config.driver = { value: driver[1]!, source: file };
        config.evidence.push(evidence(file, line));
        if (file === '/etc/sysconfig/docker-storage' && !/(?:--storage-driver|[\s"'=]-s)\s+["']?\w/.test(line)) config.unreadableBySetup = { source: file, line: line.trim() };
      }
      if (/--selinux-enabled(?!=false)/.test(line)) {
        config.selinuxEnabled = { source: file, line: line.trim() };
        config.evidence.push(evidence(file, line));
      }
    }
  }
  return config;
}
