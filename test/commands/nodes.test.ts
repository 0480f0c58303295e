import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { nodes } from '../../machines/index.ts';
import { BIN, spawnBin } from '../helpers/spawn-bin.ts';

describe('k8s-adventure nodes', () => {
  it('lists every node with its kind and title, by chapter', () => {
    const result = spawnBin(['nodes']);
    expect(result.code).toBe(0);
    for (const id of Object.keys(nodes)) expect(result.stdout).toMatch(new RegExp(`\\n {2}\\w+ +${id} +\\S`));
    expect(result.stdout).toMatch(/\n {2}doom {6}echo-to-proc-doom +Echoing into \/proc does not survive a reboot\n/);
  });

  it('--chapter keeps one chapter; --json prints id, kind, chapter and title', () => {
    const text = spawnBin(['nodes', '--chapter', 'netfilter']).stdout;
    expect(text).toMatch(/^Bridge netfilter \(netfilter\)\n/);
    expect(text).not.toContain('selinux-mode');
    const json = JSON.parse(spawnBin(['nodes', '--chapter', 'netfilter', '--json']).stdout) as { version: number; nodes: { id: string; kind: string; chapter: string; title: string }[] };
    expect(json.nodes[0]).toEqual({ id: 'bridge-netfilter', kind: 'question', chapter: 'netfilter', title: "Docker's bridge-nf-call warnings" });
    expect(new Set(json.nodes.map((node) => node.chapter))).toEqual(new Set(['netfilter']));
  });

  it('refuses an unknown chapter in one line, exit 2', () => {
    const result = spawnBin(['nodes', '--chapter', 'netfiltr']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^k8s-adventure: unknown chapter 'netfiltr' \(did you mean 'netfilter'\?\); valid chapters: /);
  });

  it('--start-at bridge suggests bridge-netfilter, and points at nodes', () => {
    const result = spawnBin(['run', '--answers', '-', '--start-at', 'bridge'], '{}');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown node 'bridge' for --start-at \(did you mean 'bridge-netfilter', /);
    expect(result.stderr).toContain("'k8s-adventure nodes' lists every node id");
  });
});

describe('the main --help', () => {
  it('its plain-mode example runs as printed and reaches an ending', () => {
    const help = spawnBin(['--help']).stdout;
    const example = help.split('\n').find((line) => line.includes('| k8s-adventure --plain'))!.trim().replace(/\s+#.*$/, '');
    expect(example).toBeDefined();
    const result = spawnSync('sh', ['-c', example.replace('k8s-adventure', `"${process.execPath}" "${BIN}"`)], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    // 1: the walk ended at a doom. 2 would be input that ran out before an ending.
    expect(result.status).toBe(1);
    expect(result.stdout).toContain('== DOOM: Amazon Linux');
  });
});
