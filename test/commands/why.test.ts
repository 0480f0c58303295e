import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, openSync, writeSync, closeSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, spawnBin } from '../helpers/spawn-bin.ts';

const dir = mkdtempSync(join(tmpdir(), 'k8s-why-'));

describe('k8s-adventure why', () => {
  it('explains a pasted line: node, the line with its number, what it means, the fix, where to go', () => {
    const result = spawnBin(['why', 'Oct 11 09:14:20 node1 kubelet[1021]: E1011 cni.go:255] Error adding network: failed to find plugin "loopback" in path [/opt/cni/bin]']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      'k8s-adventure why: 1 node explains what was found in 1 line\n\n' +
        '1. No loopback plugin for Kubernetes 1.4 (doom: cni-loopback-missing-doom)\n' +
        '   line 1: Oct 11 09:14:20 node1 kubelet[1021]: E1011 cni.go:255] Error adding network: failed to find plugin "loopback" in path [/opt/cni/bin]\n' +
        '   the CNI bin dir has no loopback plugin, which Kubernetes 1.4 requires for every pod.\n' +
        '   fix: Configure CNI for Kubernetes 1.4 (configure-cni-1-4) ("CNI 0.2 or later release binaries, loopback included" at cni-loopback-1-4)\n' +
        'mkdir -p /opt/cni/bin /etc/cni/net.d\n' +
        'curl -fsSL https://github.com/containernetworking/cni/releases/download/v0.3.0/cni-v0.3.0.tgz | tar -xz -C /opt/cni/bin\n' +
        'mkdir -p /etc/systemd/system/kubelet.service.d\n' +
        "cat > /etc/systemd/system/kubelet.service.d/20-cni.conf <<'EOF'\n" +
        '[Service]\n' +
        'Environment="KUBELET_NETWORK_ARGS=--network-plugin=cni --cni-conf-dir=/etc/cni/net.d --cni-bin-dir=/opt/cni/bin"\n' +
        'EOF\n' +
        'systemctl daemon-reload\n' +
        '   → k8s-adventure --start-at cni-loopback-missing-doom\n',
    );
  });

  it('reads standard input with -, and prints JSON with --json', () => {
    const result = spawnBin(['why', '-', '--json'], 'nothing here\nsysctl: cannot stat /proc/sys/net/bridge/bridge-nf-call-iptables: No such file or directory\n');
    const parsed = JSON.parse(result.stdout);
    expect(Object.keys(parsed)).toEqual(['version', 'lines', 'matches']);
    expect(parsed.matches[0]).toMatchObject({ id: 'sysctl-conf-doom', kind: 'doom', command: 'k8s-adventure --start-at sysctl-conf-doom', count: 1, hits: [{ line: 2 }] });
    expect(parsed.matches[0].fix).toEqual([
      expect.objectContaining({ kind: 'fix', id: 'persist-bridge-netfilter', via: { fork: 'bridge-netfilter', choice: 'sysctl-d-file', label: 'Set both keys to 1 in a sysctl.d file' } }),
    ]);
    expect(parsed.matches[0].fix[0].blocks[0].commands).toContain('sysctl -p /etc/sysctl.d/90-bridge-netfilter.conf');
  });

  it('reads a file with --file', () => {
    const result = spawnBin(['why', '--file', 'test/fixtures/logs/noisy-node.log']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^k8s-adventure why: 16 nodes explain what was found in \d+ lines/);
  });

  it('exits 1 when nothing matches, and still offers a next step: the chapters, each with a hint', () => {
    const result = spawnBin(['why', 'all quiet']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^k8s-adventure why: nothing in 1 line matches a known symptom\n\nStart from the chapter it belongs to:\n\n/);
    expect(result.stdout).toMatch(/\n {2}k8s-adventure --start-at bridge-netfilter +Bridge netfilter, e\.g\. "WARNING: bridge-nf-call-iptables is disabled"\n/);
  });

  it('a log that matched nothing gets the chapters, not a word search', () => {
    const result = spawnBin(['why', '-'], 'reboot\nreboot\nreboot\nreboot\n');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('Start from the chapter it belongs to:');
    expect(JSON.parse(spawnBin(['why', '-', '--json'], 'reboot\n').stdout).suggestions[0]).toMatchObject({ id: expect.any(String), command: expect.stringMatching(/^k8s-adventure --start-at /) });
  });

  it('strips escape sequences from the text it echoes', () => {
    const result = spawnBin(['why', '\u001B]0;owned\u0007\u001B[2JStorage Driver: aufs']);
    expect(result.stdout).not.toMatch(/\u001B|\u0007/);
    expect(result.stdout).toContain('line 1: Storage Driver: aufs');
  });

  it('survives binary junk', () => {
    const junk = join(dir, 'junk.bin');
    writeFileSync(junk, Buffer.from(Array.from({ length: 3_000_000 }, (_, i) => (i * 7919) % 256)));
    const result = spawnBin(['why', '--file', junk]);
    expect([0, 1]).toContain(result.code);
    expect(result.stderr).toBe('');
  });

  it('streams a 100 MB log in bounded memory', () => {
    const big = join(dir, 'big.log');
    const fd = openSync(big, 'w');
    const block = 'Oct 11 09:14:20 ip-10-0-1-17 kubelet[1021]: I1011 09:14:20.118262 1021 kubelet_node_status.go:377] Recording NodeReady event message for node ip-10-0-1-17\n'.repeat(8192);
    const blocks = Math.ceil((100 * 1024 * 1024) / Buffer.byteLength(block));
    for (let i = 0; i < blocks; i++) writeSync(fd, i === blocks >> 1 ? `${block}sysctl: cannot stat /proc/sys/net/bridge/bridge-nf-call-iptables: No such file or directory\n` : block);
    closeSync(fd);
    // A heap of 64 MB cannot hold a 100 MB log as text: only streaming gets through.
    const result = spawnSync(process.execPath, ['--max-old-space-size=64', BIN, 'why', '--file', big, '--json'], { encoding: 'utf8', timeout: 120_000 });
    expect(result.stderr).toBe('');
    const parsed = JSON.parse(result.stdout);
    expect(parsed.lines).toBeGreaterThan(600_000);
    expect(parsed.matches.map((match: { id: string }) => match.id)).toEqual(['sysctl-conf-doom']);
  }, 120_000);

  it.each([
    [['why', '--file', '/no/such.log'], "cannot read '/no/such.log': no such file"],
    [['why', '--file', '.'], "cannot read '.': it is a directory"],
    [['why'], "why needs something to look at: text, '-' for standard input, or --file LOG"],
    [['why', '-'], 'nothing arrived on standard input'],
    [['why', 'a', 'b'], "why takes one text argument, got 2; quote the text, or pipe it in with '-'"],
    [['why', 'text', '--file', 'x.log'], 'give why either text or --file, not both'],
    [['why', '--jsn', 'x'], "unknown option '--jsn'; see 'k8s-adventure why --help'"],
  ])('%j: one line, exit 2', (args, message) => {
    const result = spawnBin(args, '');
    expect(result).toMatchObject({ code: 2, stdout: '', stderr: `k8s-adventure: ${message}\n` });
  });

  it('takes text that starts with a dash after --', () => {
    expect(spawnBin(['why', '--', '-- Storage Driver: aufs']).code).toBe(0);
    expect(execFileSync(process.execPath, [BIN, 'why', '--help'], { encoding: 'utf8' })).toContain('Usage\n  k8s-adventure why "<text>"');
  });
});
