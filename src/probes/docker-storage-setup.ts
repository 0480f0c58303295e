import { evidence, finding, isFinding, linesMatching, usableOutput } from './finding.ts';
import type { Probe } from './types.ts';

export const dockerStorageSetup: Probe = {
  id: 'docker-storage-setup',
  title: 'docker-storage-setup.service',
  chapter: 'storage-driver',
  questions: [],
  reads: 'runs systemctl list-units --failed',
  async run({ host }) {
    const expected = 'docker-storage-setup.service not failed';
    const result = usableOutput(await host.read('failed-units'), expected);
    if (isFinding(result)) return result;
    const line = linesMatching(result.text, /docker-storage-setup/);
    if (!line) return finding('pass', 'docker-storage-setup.service has not failed', expected, { evidence: [evidence(result.source, linesMatching(result.text, /\S/, 5) || '(no failed units)')] });
    return finding('fail', 'docker-storage-setup.service failed: Docker fell back to loop devices', expected, {
      evidence: [evidence(result.source, line)],
      node: 'devicemapper-loopback-doom',
    });
  },
};
