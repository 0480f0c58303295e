import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/index.ts';
import { answerSession } from '../../src/headless/answer-session.ts';
import { toTranscript } from '../../src/headless/transcript.ts';
import { parseAnswers } from '../../src/headless/answers.ts';

const readyCommands = (example: string) => {
  const answers = parseAnswers(readFileSync(`examples/${example}.json`, 'utf8'), example);
  const transcript = toTranscript(answerSession(answers), readContent());
  expect(transcript.ending.kind).toBe('ready');
  return { commands: transcript.ending.commands.join('\n'), text: transcript.ending.text };
};

// Copied into a CentOS node, Debian's daemon.json makes Docker refuse to start (the driver set both as a flag by
// docker-storage-setup and in the file); a Debian reader has no yum or /etc/sysconfig.
describe("the ready plan lists only the walk's OS's commands", () => {
  it('CentOS: yum and sysconfig, never daemon.json or apt-get', () => {
    const { commands, text } = readyCommands('centos-on-aws');
    expect(commands).toContain('yum install -y conntrack-tools socat bridge-utils');
    expect(commands).toContain('/etc/sysconfig/docker-storage-setup');
    for (const plan of [commands, text]) expect(plan).not.toMatch(/daemon\.json|apt-get/);
  });

  it('Debian: daemon.json and apt-get, never yum or sysconfig', () => {
    const { commands, text } = readyCommands('debian-on-aws');
    expect(commands).toContain('/etc/docker/daemon.json');
    expect(commands).toContain('apt-get install -y conntrack socat bridge-utils');
    for (const plan of [commands, text]) expect(plan).not.toMatch(/\byum\b|\/etc\/sysconfig/);
  });
});
