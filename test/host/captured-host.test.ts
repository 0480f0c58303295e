import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capturedHost, READ_CAP } from '../../src/host/index.ts';
import { captureWith, hostileFile } from './hostile-captures.ts';

describe('a plain capture: everything under its root, so a missing file is absent', () => {
  const root = captureWith([], { 'etc/hostname': 'node-1\n', 'commands/docker_info': 'Storage Driver: overlay\n', 'commands/kubelet_--version': 'Kubernetes v1.4.4\n', 'commands/kubelet_--version.exit': '0\n' });
  const host = capturedHost(root, 'captured');

  it('reads what is there, and says absent for what is not', async () => {
    expect(await host.readFile('/etc/hostname')).toEqual({ kind: 'present', value: 'node-1\n', source: '/etc/hostname' });
    expect(await host.readFile('/etc/os-release')).toMatchObject({ kind: 'absent', source: '/etc/os-release' });
    expect(await host.listDir('/etc')).toMatchObject({ kind: 'present', value: ['hostname'] });
  });

  it('records no exit status where there is no .exit, and reads one where there is', async () => {
    expect(await host.read('docker-info')).toMatchObject({ kind: 'present', source: 'commands/docker_info', value: { exitCode: null } });
    expect(await host.read('kubelet-version')).toMatchObject({ kind: 'present', value: { output: 'Kubernetes v1.4.4\n', exitCode: 0 } });
  });

  it('says a command it holds no output of was not collected', async () => {
    expect(await host.read('failed-units')).toMatchObject({ kind: 'not-collected', reason: 'this capture has no commands/systemctl_list-units_--failed_--no-legend_--plain' });
    expect(await host.read('sysctl-values')).toMatchObject({ kind: 'not-collected' });
  });
});

describe('a capture with its own manifest holds only what it lists', () => {
  const root = captureWith([], {
    'k8s-adventure-capture.json': JSON.stringify({ collected: ['/etc/os-release', '/proc/sys', '/etc/modules-load.d/*.conf'], commands: ['docker info', 'kubelet --version'] }),
    'etc/os-release': 'ID=centos\n',
  });
  const host = capturedHost(root, 'captured');

  it('absent inside what it lists, not collected outside it', async () => {
    expect((await host.readFile('/proc/sys/net/bridge/bridge-nf-call-iptables')).kind).toBe('absent');
    expect((await host.listDir('/etc/modules-load.d')).kind).toBe('absent');
    expect(await host.listDir('/opt/cni/bin')).toMatchObject({ kind: 'not-collected', reason: 'k8s-adventure-capture.json does not list /opt/cni/bin' });
  });

  it('a listed command with no output was not installed; an unlisted one was not run', async () => {
    expect((await host.read('docker-info')).kind).toBe('absent');
    expect(await host.read('failed-units')).toMatchObject({ kind: 'not-collected', reason: 'k8s-adventure-capture.json does not list systemctl list-units --failed --no-legend --plain' });
  });
});

describe('hostile files are unreadable with a reason, never hang and never read past the cap', () => {
  it.each([
    ['fifo', 'it is a FIFO'],
    ['device', 'it is a character device'],
    ['huge', 'larger than 1 MiB'],
    ['binary', 'binary content (NUL bytes), not text'],
  ] as const)('%s as /etc/os-release: %s', async (kind, reason) => {
    const root = captureWith([]);
    hostileFile(root, 'etc/os-release', kind);
    expect(await capturedHost(root, 'captured').readFile('/etc/os-release')).toEqual({ kind: 'unreadable', source: '/etc/os-release', reason });
  });

  it('keeps the beginning of a huge log when asked to', async () => {
    const root = captureWith([]);
    hostileFile(root, 'var/log/kube-proxy.log', 'huge');
    const read = await capturedHost(root, 'captured').readFile('/var/log/kube-proxy.log', { overCap: 'truncate' });
    expect(read).toMatchObject({ kind: 'present', truncated: true });
    expect(read.kind === 'present' && read.value.length).toBe(READ_CAP);
  });

  it.each([
    ['fifo', 'it is a FIFO'],
    ['device', 'it is a character device'],
    ['huge', 'larger than 64 bytes'],
  ] as const)('a %s as commands/docker_info.exit makes the output unreadable at once', async (kind, reason) => {
    const root = captureWith([], { 'commands/docker_info': 'Storage Driver: overlay\n' });
    hostileFile(root, 'commands/docker_info.exit', kind);
    const started = Date.now();
    expect(await capturedHost(root, 'captured').read('docker-info')).toEqual({ kind: 'unreadable', source: 'commands/docker_info', reason: `commands/docker_info.exit: ${reason}` });
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('an .exit that holds no number is unreadable', async () => {
    const root = captureWith([], { 'commands/docker_info': 'x\n', 'commands/docker_info.exit': 'zero\n' });
    expect(await capturedHost(root, 'captured').read('docker-info')).toMatchObject({ kind: 'unreadable', reason: 'commands/docker_info.exit does not hold an exit status' });
  });

  it('a dangling link is unreadable, not absent: the capture cannot say what was there', async () => {
    const root = captureWith([['etc/os-release', '../usr/lib/os-release']]);
    expect(await capturedHost(root, 'captured').readFile('/etc/os-release')).toMatchObject({ kind: 'unreadable', reason: expect.stringMatching(/symbolic link .* leads to nothing inside the capture/) });
  });

  it('stops a walk at once when the probe’s signal is aborted', async () => {
    const root = captureWith([], { 'etc/hostname': 'x' });
    mkdirSync(join(root, 'proc'));
    writeFileSync(join(root, 'proc', 'x'), '');
    await expect(capturedHost(root, 'captured').listDir('/proc', { signal: AbortSignal.abort() })).rejects.toThrow(/stopped/);
  });
});
