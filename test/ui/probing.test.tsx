import { render } from 'ink-testing-library';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/index.ts';
import type { ProbeResult } from '../../src/probes/index.ts';
import type { ProbeService } from '../../src/probes/probe-service.ts';
import { reportMarkdown } from '../../src/report/report-markdown.ts';
import { proceed, startSession, take, type Session } from '../../src/session/index.ts';
import { App } from '../../src/ui/App.tsx';
import { ARROW_DOWN, ENTER, press, until } from '../helpers/ink.ts';

const content = readContent();
const ENFORCING: ProbeResult = {
  id: 'selinux-mode',
  status: 'fail',
  observed: 'enforcing, /var/lib/kubelet labelled var_lib_t',
  expected: '',
  evidence: [{ source: '/sys/fs/selinux/enforce', excerpt: '1' }],
  suggests: 'enforcing',
  node: 'selinux-enforcing-doom',
};

/** A probe service that answers when told to, so the spinner can be seen and aborts observed. */
function fakeProbes() {
  const calls: { question: string; signal: AbortSignal; answer: (result: ProbeResult) => void }[] = [];
  const service: ProbeService = {
    run: (question, signal) => new Promise((resolve) => calls.push({ question, signal, answer: resolve })),
    describe: (question) => (question === 'selinux-mode' ? { probe: 'selinux-mode', reads: 'reads /sys/fs/selinux/enforce' } : undefined),
    host: async () => 'a fake host',
  };
  return { service, calls };
}

function renderWithProbes(probes?: ProbeService, fresh: Session = startSession('selinux-mode')) {
  const exits: Session[] = [];
  const app = render(
    <App
      content={content}
      fresh={fresh}
      {...(probes ? { probes } : {})}
      onExit={({ session }) => exits.push(session)}
      writeReport={() => 'unused.md'}
    />,
  );
  const frame = () => app.lastFrame() ?? '';
  return { ...app, frame, exits, waitFor: (text: string) => until(frame, (f) => f.includes(text)) };
}

describe('probes in the adventure', () => {
  it('says once, under the verdict, that the host contradicts the OS answered at host-os', async () => {
    const calls: ((result: ProbeResult) => void)[] = [];
    const service: ProbeService = {
      run: () => new Promise((resolve) => calls.push(resolve)),
      describe: (question) => (question === 'centos-release' ? { probe: 'centos-release', reads: 'reads /etc/centos-release' } : undefined),
      host: async () => 'a fake host',
    };
    const debian = { id: 'os-release', status: 'pass', observed: 'Debian GNU/Linux 8 (jessie)', suggested: 'debian-ubuntu' as const, evidence: [] };
    const app = renderWithProbes(service, proceed(take(take(startSession(), 'from-scratch'), 'centos-7', 'you', debian)));
    await app.waitFor('Probing the host (centos-release)');
    calls[0]!({ id: 'centos-release', status: 'n/a', observed: 'not CentOS (no /etc/centos-release or /etc/redhat-release)', expected: '', evidence: [] });
    const done = await app.waitFor('The host contradicts an earlier answer');
    expect(done.replace(/\s+/g, ' ')).toContain('The host contradicts an earlier answer: at "Pick a host operating system" you answered "CentOS 7 (the beaten path)", but the probe os-release saw Debian GNU/Linux 8 (jessie).');
  });

  it('shows a spinner naming what the probe reads, then its verdict, and pre-selects the suggestion', async () => {
    const { service, calls } = fakeProbes();
    const app = renderWithProbes(service);
    await app.waitFor('Probing the host (selinux-mode): reads /sys/fs/selinux/enforce');
    expect(calls.map((call) => call.question)).toEqual(['selinux-mode']);
    calls[0]!.answer(ENFORCING);
    const done = await app.waitFor('Probe selinux-mode: ✗ fail enforcing, /var/lib/kubelet labelled var_lib_t');
    expect(done).toContain('/sys/fs/selinux/enforce: 1');
    expect(done).toContain('❯ 1. Enforcing, as CentOS ships it');
    expect(done).toContain("6. I don't know: check the host");
  });

  it('credits the probe when its suggestion is accepted, and keeps its evidence on an override', async () => {
    const { service, calls } = fakeProbes();
    const accepted = renderWithProbes(service);
    await accepted.waitFor('Probing');
    calls[0]!.answer(ENFORCING);
    await accepted.waitFor('Probe selinux-mode');
    await press(accepted.stdin, ENTER, 'q');
    await until(() => String(accepted.exits.length), (n) => n === '1');
    expect(accepted.exits[0]!.trail[0]).toMatchObject({ answer: 'enforcing', by: 'probe', probe: { suggested: 'enforcing' } });

    const overridden = renderWithProbes(service);
    await overridden.waitFor('Probing');
    calls[1]!.answer(ENFORCING);
    await overridden.waitFor('Probe selinux-mode');
    await press(overridden.stdin, '3', 'q');
    await until(() => String(overridden.exits.length), (n) => n === '1');
    const session = overridden.exits[0]!;
    expect(session.trail[0]).toMatchObject({ answer: 'permissive', by: 'you', probe: { suggested: 'enforcing', status: 'fail' } });
    const report = reportMarkdown(session, content, { version: 'test' });
    expect(report).toContain("| Permissive (`permissive`) | you |");
    expect(report).toContain('It suggested `enforcing`; **overridden** with `permissive`.');
    expect(report).toContain('/sys/fs/selinux/enforce: 1');
  });

  it('leaves the highlight alone once the user has moved it', async () => {
    const { service, calls } = fakeProbes();
    const app = renderWithProbes(service);
    await app.waitFor('Probing');
    await press(app.stdin, ARROW_DOWN, ARROW_DOWN, ARROW_DOWN);
    calls[0]!.answer(ENFORCING);
    await app.waitFor('Probe selinux-mode');
    expect(app.frame()).toContain('❯ 4. Disabled');
  });

  it('aborts a running probe when the user leaves the question', async () => {
    const { service, calls } = fakeProbes();
    const app = renderWithProbes(service);
    await app.waitFor('Probing');
    await press(app.stdin, '4');
    await app.waitFor('FIX Turn SELinux off for now');
    expect(calls[0]!.signal.aborted).toBe(true);
  });

  it('with probes off, "I don\'t know" shows how to check by hand', async () => {
    const app = renderWithProbes();
    await app.waitFor("6. I don't know: check the host");
    expect(app.frame()).not.toContain('Probing');
    await press(app.stdin, '6');
    const byHand = await app.waitFor('Probes are off (--no-probes). To find out by hand:');
    expect(byHand).toContain('$ getenforce');
  });
});
