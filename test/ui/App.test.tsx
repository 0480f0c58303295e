import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/index.ts';
import { reportMarkdown } from '../../src/report/report-markdown.ts';
import { writeNewReport } from '../../src/report/write-report.ts';
import { startSession, take, type Session } from '../../src/session/index.ts';
import { App, type AppProps } from '../../src/ui/App.tsx';
import { ARROW_DOWN, ARROW_LEFT, ARROW_RIGHT, CTRL_C, ENTER, press, until } from '../helpers/ink.ts';

const content = readContent();

function renderApp(props: Partial<AppProps> = {}) {
  const exits: { session: Session; interrupted: boolean }[] = [];
  const reports: string[] = [];
  const app = render(
    <App
      content={content}
      fresh={startSession()}
      onExit={(outcome) => exits.push(outcome)}
      writeReport={(session) => {
        reports.push(reportMarkdown(session, content, { version: 'test' }));
        return `Report written to report-${reports.length}.md`;
      }}
      {...props}
    />,
  );
  const frame = () => app.lastFrame() ?? '';
  return { ...app, frame, exits, reports, waitFor: (text: string) => until(frame, (f) => f.includes(text)) };
}

describe('the adventure in Ink', () => {
  it('walks a full path to a fix, showing its commands and how to check them', async () => {
    const app = renderApp({ fresh: startSession('selinux-mode') });
    await app.waitFor('QUESTION What will SELinux be set to?');
    expect(app.frame()).toContain('❯ 1. Enforcing, as CentOS ships it');
    await press(app.stdin, ARROW_DOWN, ARROW_DOWN, ENTER);
    const fix = await app.waitFor('FIX Set SELinux to permissive');
    expect(fix).toContain('setenforce 0');
    expect(fix).toContain("sed -i 's/^SELINUX=.*/SELINUX=permissive/' /etc/selinux/config");
    expect(fix).toContain('Check it worked');
    expect(fix).toContain('enter Continue');
    expect(fix).toMatch(/SELinux\n/);
    await press(app.stdin, ENTER);
    await app.waitFor('QUESTION Which Kubernetes release?');
    expect(app.frame()).toContain('selinux-mode=permissive');
  });

  it('shows a doom, and b goes back to the fork with the fatal choice highlighted', async () => {
    const app = renderApp({ fresh: startSession('bridge-netfilter') });
    await app.waitFor('QUESTION Docker');
    await press(app.stdin, '2');
    const doom = await app.waitFor('DOOM Echoing into /proc does not survive a reboot');
    expect(doom).toContain('How it shows up later');
    expect(doom).toContain("b     Back to the fork: Docker's bridge-nf-call warnings");
    await press(app.stdin, 'b');
    const fork = await app.waitFor('QUESTION Docker');
    expect(fork).toContain('❯ 2. echo 1 into /proc/sys/net/bridge/…');
    // The left arrow goes back too: from a step taken, not from the fork, where there is nothing to go back to.
    await press(app.stdin, '4');
    await app.waitFor('FIX Persist bridge netfilter in sysctl.d');
    await press(app.stdin, ARROW_LEFT);
    const again = await app.waitFor("QUESTION Docker's bridge-nf-call warnings");
    expect(again).toContain('❯ 4. Set both keys to 1 in a sysctl.d file');
  });

  it('goes back from a deep-linked doom with b, ← or Backspace, and r starts at the beginning', async () => {
    for (const key of ['b', ARROW_LEFT, '\u007F']) {
      const app = renderApp({ fresh: startSession('multiple-tagged-security-groups-doom') });
      const doom = await app.waitFor('DOOM An instance in two tagged security groups');
      expect(doom).toContain("b back to the fork · w report · r restart · q quit");
      await press(app.stdin, key);
      await app.waitFor("QUESTION How many of each instance's security groups are tagged?");
      app.unmount();
    }
    const app = renderApp({ fresh: startSession('multiple-tagged-security-groups-doom') });
    await app.waitFor('r     Start over from the beginning');
    await press(app.stdin, 'r');
    await app.waitFor('QUESTION Bringing up a Kubernetes node');
  });

  it('promises b only where there is something to go back to', async () => {
    const app = renderApp({ fresh: startSession('storage-driver') });
    await app.waitFor('QUESTION Pick Docker');
    expect(app.frame()).toContain('1-5 take');
    expect(app.frame()).not.toContain('b back');
    await press(app.stdin, '4');
    await app.waitFor('QUESTION Overlay prerequisite');
    expect(app.frame()).toContain('b back');
  });

  it('never wraps a line of code: it is cut with a marker and scrolls sideways with → and ←', async () => {
    const app = renderApp({ fresh: startSession('configure-cni-1-4') });
    await app.waitFor('FIX');
    const line = 'Environment="KUBELET_NETWORK_ARGS=--network-plugin=cni --cni-conf-dir=/etc/cni/net.d --cni-bin-dir=/opt/cni/bin"';
    // ink-testing-library draws 100 columns: the line is longer, so it is cut, never continued on the next row.
    const first = await until(app.frame, (f) => f.includes('Environment="KUBELET_NETWORK_ARGS='));
    const row = first.split('\n').find((r) => r.includes('Environment="KUBELET_NETWORK_ARGS='))!;
    expect(row.endsWith('›')).toBe(true);
    expect(line.startsWith(row.trim().slice(0, -1))).toBe(true);
    expect(first).toContain('→/← scroll code');
    await press(app.stdin, ARROW_RIGHT);
    const moved = await until(app.frame, (f) => f.includes('‹'));
    expect(moved).toContain('--cni-bin-dir=/opt/cni/bin"');
    await press(app.stdin, ARROW_LEFT);
    await until(app.frame, (f) => !f.includes('‹'));
    expect(app.frame()).toContain('FIX');
  });

  it('peeks at the doom ahead of the highlighted choice without taking it', async () => {
    const app = renderApp({ fresh: startSession('storage-driver') });
    await app.waitFor('QUESTION Pick Docker');
    await press(app.stdin, 'p');
    const peek = await app.waitFor('Peek: leads to DOOM');
    expect(peek).toContain('devicemapper on loop devices (devicemapper-loopback-doom)');
    expect(peek).toContain('XFS corruption');
    await press(app.stdin, ARROW_DOWN);
    await app.waitFor('direct-lvm-doom');
    expect(app.frame()).toContain('QUESTION Pick Docker');
    await press(app.stdin, 'p');
    await until(app.frame, (f) => !f.includes('Peek:'));
  });

  it('ends at ready with every decision and every fix command in order', async () => {
    const app = renderApp({ fresh: startSession('node-dependencies') });
    await app.waitFor('QUESTION The dependencies nobody lists');
    await press(app.stdin, '2', ENTER, ENTER, '2', ENTER);
    const ready = await app.waitFor('READY Ready: the plan for your node');
    expect(ready).toMatch(/The dependencies nobody lists: Also conntrack-tools, socat and bridge-utils[\s\S]*Where do the nodes run\?: Bare metal/);
    expect(ready).toContain('Fixes, in order');
    expect(ready).toContain('yum install -y conntrack-tools socat bridge-utils');
    expect(ready).toContain('w     Write the report, and the plan as a script');
  });

  it('writes a report at an ending with w', async () => {
    const app = renderApp({ fresh: startSession('cluster-tag') });
    await app.waitFor('QUESTION Tag every resource');
    await press(app.stdin, ENTER);
    await app.waitFor('DOOM Resources without the cluster tag');
    await press(app.stdin, 'w');
    await app.waitFor('Report written to report-1.md');
    expect(app.reports[0]).toContain('- **Outcome:** doom: Resources without the cluster tag (`untagged-resources-doom`)');
  });

  it('offers to resume saved progress, and resumes with Enter', async () => {
    const saved = take(take(startSession(), 'from-scratch'), 'coreos');
    const app = renderApp({ resume: { session: saved, savedAt: '2026-01-02T03:04:05.000Z' } });
    const offer = await app.waitFor('You have saved progress from 2026-01-02 03:04:05 UTC');
    expect(offer).toContain('On CoreOS');
    await press(app.stdin, ENTER);
    await app.waitFor('INFO On CoreOS');
  });

  it('starts fresh from the offer with f', async () => {
    const saved = take(startSession(), 'from-scratch');
    const app = renderApp({ resume: { session: saved, savedAt: '2026-01-02T03:04:05.000Z' } });
    await app.waitFor('saved progress');
    await press(app.stdin, 'f');
    await app.waitFor('QUESTION Bringing up a Kubernetes node');
  });

  it('shows why a save could not be used', async () => {
    const app = renderApp({ notice: 'Saved progress at /x cannot be used (it is not valid JSON). It is kept; starting fresh.' });
    await app.waitFor('cannot be used (it is not valid JSON)');
  });

  it('handles keys that arrive in one chunk one by one, in order', async () => {
    const app = renderApp();
    await app.waitFor('QUESTION Bringing up');
    // Enter, then CentOS 7, past the update, to the old release as one chunk: a digit takes its choice at once.
    app.stdin.write(ENTER);
    await app.waitFor('QUESTION Pick a host operating system');
    app.stdin.write('2\r1');
    await app.waitFor('DOOM Overlay on CentOS 7.0 or 7.1');
    app.stdin.write('b2');
    await app.waitFor("QUESTION Pick Docker's storage driver");
  });

  it('quits with q, handing back the session to save', async () => {
    const app = renderApp();
    await app.waitFor('QUESTION');
    await press(app.stdin, ENTER, 'q');
    await until(() => String(app.exits.length), (n) => n === '1');
    expect(app.exits[0]!.interrupted).toBe(false);
    expect(app.exits[0]!.session.trail).toEqual([{ node: 'start', answer: 'from-scratch', by: 'you' }]);
  });

  it('treats Ctrl+C as an interrupted quit', async () => {
    const app = renderApp();
    await app.waitFor('QUESTION');
    await press(app.stdin, CTRL_C);
    await until(() => String(app.exits.length), (n) => n === '1');
    expect(app.exits[0]!.interrupted).toBe(true);
  });
});

describe('writeNewReport', () => {
  it('never replaces an existing report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'k8s-report-'));
    const now = new Date('2026-01-02T03:04:05Z');
    const first = writeNewReport(dir, 'one', now);
    const second = writeNewReport(dir, 'two', now);
    expect(first).toMatch(/k8s-adventure-report-20260102-030405\.md$/);
    expect(second).toMatch(/k8s-adventure-report-20260102-030405-2\.md$/);
    expect(readFileSync(first, 'utf8')).toBe('one');
    expect(readFileSync(second, 'utf8')).toBe('two');
  });
});
