import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDir } from '../helpers/fixtures.ts';
import { spawnBin } from '../helpers/spawn-bin.ts';

const temp = () => mkdtempSync(join(tmpdir(), 'k8s-plain-'));
const ESCAPE = /\u001B/;

describe('plain mode through a pipe', () => {
  it("answers one question per line: printf '1\\n2\\n' | k8s-adventure --plain", () => {
    const result = spawnBin(['--plain'], '1\n2\n', { XDG_STATE_HOME: temp() });
    expect(result.stdout).toContain('== QUESTION: Bringing up a Kubernetes node (start) ==');
    expect(result.stdout).toContain('  1. Build a node from scratch [from-scratch]');
    expect(result.stdout).toContain('Choice [1-2, or b, p N, r, q, ?]: 1\n');
    expect(result.stdout).toContain('== QUESTION: Pick a host operating system (host-os) ==');
    expect(result.stdout).toContain('== QUESTION: Which CentOS 7 release is the node on, after the update? (centos-release) ==');
    expect(result.stderr).toBe("k8s-adventure: input ended at question 'centos-release' before an ending\n");
    expect(result.code).toBe(2);
  });

  it('falls back to plain lines when stdin is not a terminal, with no colour or redraws', () => {
    const result = spawnBin([], '1\n2\n', { XDG_STATE_HOME: temp(), FORCE_COLOR: '3' });
    expect(result.stdout).toContain('== QUESTION: Which CentOS 7 release is the node on, after the update? (centos-release) ==');
    expect(result.stdout).not.toMatch(ESCAPE);
  });

  it('passes info and fix nodes, and exits 1 at a doom with its text', () => {
    const result = spawnBin([], 'from-scratch\ncoreos\naufs\n', { XDG_STATE_HOME: temp() });
    expect(result.stdout).toContain('== INFO: On CoreOS (coreos-differences) ==');
    expect(result.stdout).toContain('== DOOM: AUFS is not in the mainline kernel (aufs-doom) ==');
    expect(result.stdout).toContain('How it shows up later');
    expect(result.code).toBe(1);
  });

  it('reaches ready with the plan, exit 0', () => {
    const result = spawnBin(['--plain'], '2\n6\n2\n2\n', { XDG_STATE_HOME: temp() });
    expect(result.stdout).toContain('== READY: Ready: the plan for your node (ready) ==');
    expect(result.stdout).toContain('    yum install -y conntrack-tools socat bridge-utils');
    expect(result.code).toBe(0);
  });

  it('peeks, goes back, and explains input it cannot use, without giving up', () => {
    const result = spawnBin(['--plain', '--start-at', 'bridge-netfilter'], 'p 3\nx\n3\nb\n4\nq\n', { XDG_STATE_HOME: temp() });
    expect(result.stdout).toContain('Peek: "Add the keys to /etc/sysctl.conf and run sysctl -p" leads to DOOM: /etc/sysctl.conf, sysctl -p and the unknown-key error (sysctl-conf-doom)');
    expect(result.stdout).toContain("'x' is not a choice here: type a number from 1 to 5, or ? for help.");
    expect(result.stdout).toContain('== DOOM: /etc/sysctl.conf, sysctl -p and the unknown-key error (sysctl-conf-doom) ==');
    expect(result.stdout).toContain('== FIX: Persist bridge netfilter in sysctl.d (persist-bridge-netfilter) ==');
    expect(result.code).toBe(0);
  });

  it('writes a report at an ending with w, in the working directory', () => {
    const dir = temp();
    const result = spawnBin(['--plain', '--start-at', 'cloud-provider'], '1\n1\nw\n', { XDG_STATE_HOME: temp() }, dir);
    const reports = readdirSync(dir).filter((file) => file.startsWith('k8s-adventure-report-'));
    expect(reports).toHaveLength(1);
    expect(result.stdout).toContain(`Report written to ${join(dir, reports[0]!)}`);
    expect(readFileSync(join(dir, reports[0]!), 'utf8')).toContain('`untagged-resources-doom`');
  });

  it("names the probed host in the report it writes: a captured host's path", () => {
    const dir = temp();
    spawnBin(['--plain', '--host-dir', fixtureDir('bridge-nf-zero'), '--start-at', 'cloud-provider'], '1\n1\nw\n', { XDG_STATE_HOME: temp() }, dir);
    const report = readdirSync(dir).find((file) => file.startsWith('k8s-adventure-report-'))!;
    expect(readFileSync(join(dir, report), 'utf8')).toContain(`- **Probed host:** captured host at ${fixtureDir('bridge-nf-zero')}\n`);
  });

  it('says once, in words, that the host contradicts the OS answered at host-os', () => {
    const host = temp();
    mkdirSync(join(host, 'etc'));
    writeFileSync(join(host, 'etc/os-release'), 'PRETTY_NAME="Debian GNU/Linux 8 (jessie)"\nNAME="Debian GNU/Linux"\nID=debian\n');
    // from-scratch, then CentOS against the probe's Debian, then the CentOS release question's first choice.
    const result = spawnBin(['--plain', '--host-dir', host], '1\n2\n1\n', { XDG_STATE_HOME: temp() });
    const said = result.stdout.split('The host contradicts an earlier answer').length - 1;
    expect(said).toBe(1);
    expect(result.stdout).toContain('Probe centos-release: n/a, not CentOS (no /etc/centos-release or /etc/redhat-release)\nThe host contradicts an earlier answer: at "Pick a host operating system" you answered "CentOS 7 (the beaten path)", but the probe os-release saw Debian GNU/Linux 8 (jessie).');
  });

  it('never reads or writes the save from a pipe', () => {
    const state = temp();
    spawnBin([], '1\nq\n', { XDG_STATE_HOME: state });
    expect(existsSync(join(state, 'k8s-adventure'))).toBe(false);
  });

  it('rejects an unknown flag and a bad deep link with one line', () => {
    expect(spawnBin(['--plian'], '')).toMatchObject({ code: 2, stderr: "k8s-adventure: unknown option '--plian'; see 'k8s-adventure --help'\n" });
    expect(spawnBin(['--start-at', 'nowhere'], '').stderr).toMatch(/^k8s-adventure: unknown node 'nowhere' for --start-at/);
  });
});
