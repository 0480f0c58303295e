import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/index.ts';
import { reportMarkdown } from '../../src/report/report-markdown.ts';
import { proceed, startSession, take } from '../../src/session/index.ts';

const content = readContent();
const now = new Date('2026-01-02T03:04:05Z');

describe('reportMarkdown', () => {
  it('gives the outcome, the path with who answered, the doom, and the dooms avoided', () => {
    const session = take(take(take(startSession(), 'from-scratch'), 'centos-7', 'probe'), 'older-than-7-2');
    const report = reportMarkdown(session, content, { version: '9.9.9', now });
    expect(report).toContain('- **Outcome:** doom: This CentOS release is too old for overlay (`centos-too-old-doom`)');
    expect(report).toContain('- **Written:** 2026-01-02T03:04:05.000Z by k8s-adventure 9.9.9, graph version 1');
    expect(report).toContain('| 2 | Pick a host operating system (`host-os`) | CentOS 7 (the beaten path) (`centos-7`) | live probe |');
    expect(report).toContain('| 3 | Which CentOS 7 release? (`centos-release`) | An older 7.x: 7.0 or 7.1 (`older-than-7-2`) | you |');
    expect(report).toContain('### How it shows up later');
    expect(report).toContain('Go back with `k8s-adventure --start-at centos-release`.');
    expect(report).toContain('would have led to **Amazon Linux locks the cluster to AWS** (`amazon-linux-doom`)');
    expect(report).not.toContain('(`older-than-7-2`) would have led');
  });

  it('lists the fixes with their commands at ready', () => {
    let session = startSession('node-dependencies');
    session = proceed(take(session, 'install-undocumented'));
    session = proceed(take(session, 'not-aws'));
    const report = reportMarkdown(session, content, { version: '1', now });
    expect(report).toContain('- **Outcome:** ready: every fork passed (`ready`)');
    expect(report).toContain('1. Install conntrack-tools, socat and bridge-utils (`install-node-dependencies`)');
    expect(report).toContain('   yum install -y conntrack-tools socat bridge-utils');
    expect(report).toContain('would have led to **Missing conntrack, socat or bridge-utils**');
  });
});
