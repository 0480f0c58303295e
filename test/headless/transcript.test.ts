import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/index.ts';
import { formatPlain } from '../../src/headless/format-plain.ts';
import { toTranscript } from '../../src/headless/transcript.ts';
import { answerSession } from '../../src/headless/answer-session.ts';
import { startSession } from '../../src/session/index.ts';

const content = readContent();

describe('run at a doom: every fork it is reached from, and the fix on the good branch', () => {
  it('a deep-linked doom two forks lead to lists both, with the fix at each (--json)', () => {
    const { ending } = toTranscript(startSession('centos-too-old-doom'), content);
    expect(ending.forks).toEqual([
      { id: 'centos-release', title: 'Which CentOS 7 release is the node on, after the update?' },
      { id: 'overlay-centos-release', title: 'Overlay prerequisite: CentOS 7.2 or later' },
    ]);
    expect(ending.fix!.map((fix) => [fix.fork, fix.kind, fix.id])).toEqual([
      ['centos-release', 'fix', 'latest-centos-ami'],
      ['overlay-centos-release', 'walk', 'overlay-backing-filesystem'],
    ]);
    expect(ending.fix![0]!.script).toContain('yum update -y');
    expect(ending.fix![0]!.says).toBe(
      'Before Which CentOS 7 release is the node on, after the update? (centos-release): the fix is Start from the newest official CentOS 7 image, and update it (latest-centos-ami), then answer it again.',
    );
  });

  it('prints them in plain text: the fix with its commands, then each fork to start afresh at', () => {
    const text = formatPlain(toTranscript(startSession('centos-too-old-doom'), content));
    expect(text).toContain('\nThe fix\n\nBefore Which CentOS 7 release');
    expect(text).toContain('\n    yum update -y\n');
    expect(text).toContain('The way back: 2 forks lead here');
    expect(text).toContain('  k8s-adventure --start-at centos-release   # Which CentOS 7 release is the node on, after the update?\n');
    expect(text).toContain('  k8s-adventure --start-at overlay-centos-release   # Overlay prerequisite: CentOS 7.2 or later\n');
  });

  it('a walked doom names only the fork the walk took, with the fix for its host OS', () => {
    const session = answerSession({ 'bridge-netfilter': 'sysctl-conf' }, 'bridge-netfilter');
    const transcript = toTranscript(session, content);
    expect(transcript.ending.id).toBe('sysctl-conf-doom');
    expect(transcript.ending.forks).toEqual([{ id: 'bridge-netfilter', title: expect.any(String) }]);
    expect(transcript.ending.fix!.map((fix) => fix.id)).toEqual(['persist-bridge-netfilter']);
    expect(formatPlain(transcript)).toContain('The way back: change "bridge-netfilter" in your answers file and run again, or: k8s-adventure --start-at bridge-netfilter\n');
  });

  it('nothing of the kind at ready', () => {
    const { ending } = toTranscript(startSession('ready'), content);
    expect(ending).not.toHaveProperty('forks');
    expect(ending).not.toHaveProperty('fix');
  });
});
