import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, spawnBin } from '../helpers/spawn-bin.ts';

const dir = mkdtempSync(join(tmpdir(), 'k8s-adventure-bin-'));
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

const toReady = {
  start: 'jump-to-chapter',
  'pick-chapter': 'dependencies',
  'node-dependencies': 'install-undocumented',
  'cloud-provider': 'not-aws',
};

describe('k8s-adventure (the real bin)', () => {
  it('prints its version', () => {
    const result = spawnBin(['--version']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('shows help with examples for each command', () => {
    for (const command of [[], ['run'], ['paths'], ['export']]) {
      const result = spawnBin([...command, '--help']);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/Examples?\n/);
    }
  });

  it('exits 0 at the ready ending and prints each step', () => {
    const result = spawnBin(['run', '--answers', file('ready.json', JSON.stringify(toReady))]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^question start: Bringing up a Kubernetes node\n {2}answer jump-to-chapter: Jump to a chapter\n/);
    expect(result.stdout).toContain('fix      install-node-dependencies: Install conntrack-tools, socat and bridge-utils');
    expect(result.stdout).toContain('ready    ready: Ready: the plan for your node');
    expect(result.stdout).toContain('    yum install -y conntrack-tools socat bridge-utils');
  });

  it('exits 1 at a doom and names the way back', () => {
    const result = spawnBin(['run', '--answers', '-', '--start-at', 'selinux-mode'], '{"selinux-mode": "enforcing"}');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('doom     selinux-enforcing-doom: SELinux enforcing blocks secrets and add-ons');
    expect(result.stdout).toContain('KubeDNS fails to authenticate with the master');
    expect(result.stdout.trimEnd().split('\n').at(-1)).toBe('The way back: change "selinux-mode" in your answers file and run again, or: k8s-adventure --start-at selinux-mode');
  });

  it('prints one JSON transcript with --json', () => {
    const result = spawnBin(['run', '--answers', '-', '--json'], JSON.stringify(toReady));
    const transcript = JSON.parse(result.stdout);
    expect(Object.keys(transcript)).toEqual(['version', 'steps', 'ending']);
    expect(transcript.steps[0]).toEqual({ id: 'start', kind: 'question', title: 'Bringing up a Kubernetes node', answer: 'jump-to-chapter', by: 'answers-file' });
    expect(transcript.steps).toContainEqual({ id: 'install-node-dependencies', kind: 'fix', title: expect.any(String), answer: null });
    expect(transcript.ending).toEqual({
      id: 'ready',
      kind: 'ready',
      title: 'Ready: the plan for your node',
      text: expect.stringContaining('Fixes, in order'),
      // The walk jumped past the host question: every OS's block is listed.
      commands: ['yum install -y conntrack-tools socat bridge-utils', 'apt-get install -y conntrack socat bridge-utils', 'systemctl reboot'],
    });
  });

  it('exports every node with its kind, chapter, text and choices with their targets', () => {
    const exported = JSON.parse(spawnBin(['export', '--format', 'json']).stdout);
    const hostOs = exported.nodes.find((node: { id: string }) => node.id === 'host-os');
    expect(hostOs).toMatchObject({ kind: 'question', chapter: 'host-os', title: 'Pick a host operating system', probe: 'os-release' });
    expect(hostOs.choices).toContainEqual({ id: 'amazon-linux', label: expect.any(String), target: 'amazon-linux-doom' });
    expect(hostOs.text).toContain('cat /etc/os-release');
    expect(hostOs.validity).toEqual({ kubernetes: ['any'], os: ['any'], docker: ['any'] });
    const overlay = exported.nodes.find((node: { id: string }) => node.id === 'storage-driver').choices.find((c: { id: string }) => c.id === 'overlay');
    expect(overlay.detours[0]).toMatchObject({ target: 'overlay-backing-filesystem' });
    expect(exported.chapters.map((chapter: { id: string }) => chapter.id)).toEqual([
      'prologue', 'host-os', 'storage-driver', 'netfilter', 'selinux', 'cni', 'dependencies', 'reboot', 'aws', 'epilogue',
    ]);
  });

  it('closes quietly when the reader of its output goes away', () => {
    // pipefail makes the pipeline's status the bin's, so an EPIPE crash would show as a non-zero exit.
    const result = spawnSync('bash', ['-o', 'pipefail', '-c', `"${process.execPath}" "${BIN}" paths | head -1`], { encoding: 'utf8' });
    expect(result.stdout).toMatch(/^doom\s+amazon-linux-doom\s+start=from-scratch host-os=amazon-linux\n$/);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});

describe('bad input: one line on stderr, exit 2, nothing on stdout', () => {
  const cases: [what: string, args: string[], input: string, message: RegExp][] = [
    ['a malformed answers file', ['run', '--answers', file('bad.json', '{"host-os": ')], '', /^answers file '.*bad\.json' is not valid JSON: /],
    ['answers that are not an object', ['run', '--answers', '-'], '["host-os"]', /must be a JSON object of "question-id": "choice-id" pairs/],
    ['a missing answers file', ['run', '--answers', join(dir, 'nope.json')], '', /^cannot read answers file '.*nope\.json': no such file$/],
    ['an answers path that is a directory', ['run', '--answers', dir], '', /^cannot read answers file '.*': it is a directory$/],
    ['an unknown question id', ['run', '--answers', '-'], '{"hots-os": "centos-7"}', /^unknown question 'hots-os' in the answers on standard input \(did you mean 'host-os'\?\); valid questions: start, pick-chapter, host-os, /],
    ['an unknown choice id', ['run', '--answers', '-'], '{"host-os": "centos"}', /^'centos' is not a choice of question 'host-os' in .* \(did you mean 'centos-7'\?\); valid choices: amazon-linux, centos-7, debian-ubuntu, coreos$/],
    ['a missing answer', ['run', '--answers', '-'], '{"start": "from-scratch", "host-os": "centos-7"}', /^no answer for question 'centos-release'; add "centos-release": one of older-than-7-2, 7-2-or-later$/],
    ['an unknown --start-at id', ['run', '--answers', '-', '--start-at', 'selinux'], '{}', /^unknown node 'selinux' for --start-at/],
    ['an unknown flag', ['run', '--answers', '-', '--jsonn'], '{}', /^unknown option '--jsonn'; see 'k8s-adventure run --help'$/],
    ['a flag without its value', ['run', '--answers'], '', /^option '--answers' needs a value; see 'k8s-adventure run --help'$/],
    ['run without --answers', ['run'], '', /^run needs --answers FILE/],
    ['an unknown command', ['rnu'], '', /^unknown command 'rnu' \(did you mean 'run'\?\)/],
    ['an unknown top-level flag', ['--jsn'], '', /^unknown option '--jsn'/],
    ['an unknown export format', ['export', '--format', 'yaml'], '', /^unknown export format 'yaml'; valid formats: json, mermaid, dot, npd$/],
    ['an unknown paths flag', ['paths', '--all'], '', /^unknown option '--all'; see 'k8s-adventure paths --help'$/],
  ];
  it.each(cases)('%s', (_, args, input, message) => {
    const result = spawnBin(args, input);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^k8s-adventure: /);
    expect(lines[0]!.replace(/^k8s-adventure: /, '')).toMatch(message);
  });
});
