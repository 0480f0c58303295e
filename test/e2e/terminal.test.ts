import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureDir } from '../helpers/fixtures.ts';
import { Terminal } from '../helpers/tmux.ts';

const terminals: Terminal[] = [];
const open = (args: string[], env: Record<string, string>, size?: { width: number; height: number }) => {
  const terminal = new Terminal(args, env, size);
  terminals.push(terminal);
  return terminal;
};
afterEach(() => {
  for (const terminal of terminals.splice(0)) terminal.close();
});

const longestLine = (screen: string) => Math.max(...screen.split('\n').map((line) => [...line].length));

describe('k8s-adventure in a real terminal (tmux)', () => {
  it('walks to a doom, goes back, quits with a save, resumes there, and exits 130 on Ctrl+C', async () => {
    const state = mkdtempSync(join(tmpdir(), 'k8s-e2e-'));
    const first = open(['--no-probes'], { XDG_STATE_HOME: state });
    await first.waitFor('QUESTION Bringing up a Kubernetes node (start)');
    await first.press('Enter');
    await first.waitFor('QUESTION Pick a host operating system');
    await first.press('2');
    await first.waitFor('FIX Start from the newest official CentOS 7 image, and update it');
    await first.press('Enter');
    await first.waitFor('QUESTION Which CentOS 7 release is the node on, after the update?');
    await first.press('1');
    const doom = await first.waitFor('DOOM Overlay on CentOS 7.0 or 7.1');
    expect(doom).toContain('b     Back to the fork: Which CentOS 7 release is the node on, after the update?');
    await first.press('b');
    await first.waitFor('❯ 1. Still 7.0 or 7.1 after the update');
    await first.press('2');
    await first.waitFor("QUESTION Pick Docker's storage driver");
    await first.press('q');
    const quit = await first.waitFor('EXIT=');
    expect(quit).toContain(`Progress saved to ${join(state, 'k8s-adventure', 'progress.json')}`);
    expect(quit).toContain('EXIT=0');
    expect(JSON.parse(readFileSync(join(state, 'k8s-adventure', 'progress.json'), 'utf8')).trail).toHaveLength(4);

    const second = open(['--no-probes'], { XDG_STATE_HOME: state });
    await second.waitFor('You have saved progress');
    await second.press('Enter');
    await second.waitFor("QUESTION Pick Docker's storage driver");
    await second.press('C-c');
    expect(await second.waitFor('EXIT=')).toContain('EXIT=130');
  });

  it('scrolls a long node with space, and re-wraps on resize', async () => {
    const terminal = open(['--start-at', 'devicemapper-loopback-doom', '--fresh'], { XDG_STATE_HOME: mkdtempSync(join(tmpdir(), 'k8s-e2e-')) });
    const top = await terminal.waitFor('DOOM devicemapper on loop devices');
    expect(top).toMatch(/lines 1-\d+ of \d+/);
    await terminal.press('Space');
    await terminal.waitFor((screen) => /lines (?!1-)\d+-\d+ of \d+/.test(screen));
    expect(longestLine(terminal.screen({ joined: true }))).toBeGreaterThan(60);
    terminal.resize(60, 30);
    const narrow = await terminal.waitFor((screen) => screen.includes('DOOM') && longestLine(screen) <= 60, { joined: true });
    expect(narrow).toContain('q     Quit');
  });

  it('peeks at a doom in the terminal without taking it', async () => {
    const terminal = open(['--no-probes', '--start-at', 'selinux-mode'], { XDG_STATE_HOME: mkdtempSync(join(tmpdir(), 'k8s-e2e-')) });
    await terminal.waitFor('QUESTION What will SELinux be set to?');
    await terminal.press('p');
    const peek = await terminal.waitFor('Peek: leads to DOOM');
    expect(peek).toContain('Add-ons fail or behave unpredictably once they need the blocked permission');
    expect(peek).toContain('QUESTION What will SELinux be set to?');
  });

  it('falls back to plain lines on TERM=dumb, probing the host at each question', async () => {
    const terminal = open(['--host-dir', fixtureDir('amazon-linux')], { TERM: 'dumb', XDG_STATE_HOME: mkdtempSync(join(tmpdir(), 'k8s-e2e-')) });
    await terminal.waitFor('Choice [1-2, or b, p N, r, q, ?]:');
    await terminal.press('1', 'Enter');
    // The host is on the doom's side of the fork: said in words, and an empty line does not walk into it.
    const asked = await terminal.waitFor('This host: Amazon Linux AMI 2016.09. That is 1. Amazon Linux AMI, straight from the console quick start, the doom below', { history: true, joined: true });
    expect(asked).toContain('== QUESTION: Pick a host operating system (host-os) ==');
    expect(asked).toContain('Probe os-release: fail, Amazon Linux AMI 2016.09');
    await terminal.press('1', 'Enter');
    await terminal.waitFor('== DOOM: Amazon Linux locks the cluster to AWS (amazon-linux-doom) ==', { history: true });
  });

  it('pre-answers a question from a probe, with evidence, and lands on the doom', async () => {
    const terminal = open(['--host-dir', fixtureDir('selinux-enforcing-unlabelled'), '--start-at', 'selinux-mode'], { XDG_STATE_HOME: mkdtempSync(join(tmpdir(), 'k8s-e2e-')) });
    const probed = await terminal.waitFor('Probe selinux-mode: ✗ fail');
    expect(probed).toContain('❯ 1. Enforcing, as CentOS ships it');
    expect(probed.replace(/\n\s*/g, ' ')).toContain('That is 1. Enforcing, as CentOS ships it, the doom below (SELinux enforcing blocks secrets and add-ons)');
    await terminal.press('Enter');
    await terminal.waitFor('DOOM SELinux enforcing blocks secrets and add-ons');
  });

  it("shows how to check by hand for \"I don't know\" with --no-probes", async () => {
    const terminal = open(['--no-probes', '--start-at', 'centos-release'], { XDG_STATE_HOME: mkdtempSync(join(tmpdir(), 'k8s-e2e-')) });
    await terminal.waitFor("3. I don't know: check the host");
    await terminal.press('3');
    const byHand = await terminal.waitFor('Probes are off (--no-probes). To find out by hand:');
    expect(byHand).toContain('$ cat /etc/centos-release');
  });

  it('why: a pasted error finds its node, and Enter opens the adventure there', async () => {
    const terminal = open(['why'], { XDG_STATE_HOME: mkdtempSync(join(tmpdir(), 'k8s-e2e-')) });
    await terminal.waitFor('paste an error, a warning or a log');
    terminal.type('Oct 11 09:14:20 node1 systemd-sysctl[402]: error: "net.bridge.bridge-nf-call-iptables" is an unknown key');
    const found = await terminal.waitFor('❯ /etc/sysctl.conf, sysctl -p and the unknown-key error (doom: sysctl-conf-doom)');
    expect(found).toContain('line 1: the bridge netfilter code was not loaded when sysctl ran');
    await terminal.press('Enter');
    await terminal.waitFor('DOOM /etc/sysctl.conf, sysctl -p and the unknown-key error (sysctl-conf-doom)');
    await terminal.press('q');
    expect(await terminal.waitFor('EXIT=')).toContain('EXIT=0');
  });
});
