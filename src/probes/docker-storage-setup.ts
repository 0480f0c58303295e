import { evidence, finding, isFinding, linesMatching, usableOutput } from './finding.ts';
import { parseDockerInfo } from './parse/docker-info.ts';
import type { Probe } from './types.ts';

export const dockerStorageSetup: Probe = {
  id: 'docker-storage-setup',
  title: 'docker-storage-setup.service',
  chapter: 'storage-driver',
  reads: 'runs systemctl list-units --failed',
  expected: 'docker-storage-setup.service not failed',
  async run({ host }) {
    const result = usableOutput(await host.read('failed-units'));
    if (isFinding(result)) return result;
    const line = linesMatching(result.text, /docker-storage-setup/);
    if (!line) return finding('pass', 'docker-storage-setup.service has not failed', { evidence: [evidence(result.source, linesMatching(result.text, /\S/, 5) || '(no failed units)')] });
    // The unit also fails on options it cannot read while Docker runs overlay from them: then nothing fell back.
    const info = await host.read('docker-info');
    const running = info.kind === 'present' ? parseDockerInfo(info.value.output).driver : undefined;
    if (running && /^overlay/.test(running)) {
      return finding('warn', `docker-storage-setup.service failed, while Docker runs ${running}: it cannot read the storage options it finds`, {
        evidence: [evidence(result.source, line), evidence(info.source, `Storage Driver: ${running}`)],
        node: 'enable-overlay',
      });
    }
    return finding('fail', 'docker-storage-setup.service failed: Docker fell back to loop devices', {
      evidence: [evidence(result.source, line)],
      node: 'devicemapper-loopback-doom',
    });
  },
};
