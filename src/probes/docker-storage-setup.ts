import { commandUnknown, evidence, finding, linesMatching } from './finding.ts';
import type { Probe } from './types.ts';

export const dockerStorageSetup: Probe = {
  id: 'docker-storage-setup',
  title: 'docker-storage-setup.service',
  chapter: 'storage-driver',
  questions: [],
  reads: 'runs systemctl list-units --failed',
  async run({ host, timeoutMs, signal }) {
    const expected = 'docker-storage-setup.service not failed';
    const result = await host.run('failed-units', [], { timeoutMs, signal });
    if (result.exitCode !== 0 || result.timedOut) return commandUnknown(result, expected);
    const line = linesMatching(result.output, /docker-storage-setup/);
    if (!line) return finding('pass', 'docker-storage-setup.service has not failed', expected, { evidence: [evidence(result.source, linesMatching(result.output, /\S/, 5) || '(no failed units)')] });
    return finding('fail', 'docker-storage-setup.service failed: Docker fell back to loop devices', expected, {
      evidence: [evidence(result.source, line)],
      node: 'devicemapper-loopback-doom',
    });
  },
};
