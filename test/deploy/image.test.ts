import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GRAPH_VERSION } from '../../machines/graph.ts';
import { BIN, spawnBin } from '../helpers/spawn-bin.ts';
import { execForm, parseContainerfile } from './containerfile.ts';
import { KUBERNETES_DIR, localResources } from './manifests.ts';

const containerfile = parseContainerfile(readFileSync('deploy/image/Containerfile', 'utf8'));
const entrypoint = execForm(containerfile, 'ENTRYPOINT');
const cmd = execForm(containerfile, 'CMD');
const pod = localResources(KUBERNETES_DIR).find(({ object }) => object.kind === 'DaemonSet')!.object.spec.template.spec;
const doctor = pod.initContainers.find((container: { name: string }) => container.name === 'doctor');
const holder = pod.containers.find((container: { name: string }) => container.name === 'result');

/** `sh -c SCRIPT NAME ARGS…`: what the container runs, split into its script and its "$@". */
const shell = (container: { command: string[]; args?: string[] }) => {
  const [sh, flag, script, name, ...rest] = container.command;
  expect([sh, flag, name ?? 'sh']).toEqual(['/bin/sh', '-c', 'sh']);
  return { script: script!, args: [...rest, ...(container.args ?? [])] };
};

describe('the image and the DaemonSet run the same command line', () => {
  it('builds on an official Node LTS image pinned to a release, from the packed package, as a non-root user', () => {
    const from = containerfile.filter(({ keyword }) => keyword === 'FROM').map(({ args }) => args);
    expect(from).toEqual([expect.stringMatching(/^docker\.io\/library\/node:\d+\.\d+\.\d+-[a-z]+-slim$/)]);
    const major = Number(/node:(\d+)\./.exec(from[0]!)![1]);
    expect(major % 2 === 0 && major >= 20, 'an even (LTS) major the package supports').toBe(true);
    expect(containerfile.find(({ keyword }) => keyword === 'COPY')!.args).toMatch(/^k8s-adventure-\*\.tgz /);
    expect(containerfile.find(({ keyword }) => keyword === 'USER')!.args).toMatch(/^[1-9]\d*:[1-9]\d*$/);
    // The global install puts the package's bin on PATH under this name.
    expect(Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { bin: object }).bin)).toEqual(entrypoint);
  });

  it('has the init container run ENTRYPOINT with CMD as its arguments', () => {
    const { script, args } = shell(doctor);
    expect(script.startsWith(`${entrypoint.join(' ')} "$@" `)).toBe(true);
    expect([...entrypoint, ...args]).toEqual([...entrypoint, ...cmd]);
    expect(cmd).toEqual(['doctor', '--host-dir', '/host', '--in-pod', '--json']);
    // The node's name comes from the downward API: the pod's own hostname is the pod's.
    expect(doctor.env).toEqual([{ name: 'NODE_NAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } }]);
    expect(doctor.volumeMounts.find((mount: { mountPath: string }) => mount.mountPath === '/host')).toMatchObject({ readOnly: true });
  });
});

describe('that command line, run against fixtures mounted the way the DaemonSet mounts a node', () => {
  const work = mkdtempSync(join(tmpdir(), 'k8s-adventure-ds-'));
  const bin = join(work, 'bin');
  mkdirSync(bin);
  // Stands in for the installed bin, and records the argv it was given.
  writeFileSync(join(bin, 'k8s-adventure'), `#!/bin/sh\nprintf '%s\\n' "$@" > "$ARGV_FILE"\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(join(bin, 'k8s-adventure'), 0o755);
  const env = { ...process.env, PATH: `${bin}:${process.env.PATH}`, NO_COLOR: '1' };
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each([
    ['healthy-centos72-overlay', 0],
    ['centos71-devicemapper-loopback', 1],
  ])('%s: the verdicts doctor --host-dir gives on it, and the pod goes on whatever doctor exits with (%i)', (fixture, exitCode) => {
    const host = resolve('test/fixtures/hosts', fixture);
    const results = join(work, fixture);
    mkdirSync(results);
    const { script, args } = shell(doctor);
    const run = spawnSync('/bin/sh', ['-c', script.replaceAll('/results', results), 'sh', ...args.map((arg) => (arg === '/host' ? host : arg))], {
      encoding: 'utf8',
      // What the downward API sets from spec.nodeName.
      env: { ...env, ARGV_FILE: join(results, 'argv'), NODE_NAME: `node-${fixture}` },
      timeout: 15_000,
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`k8s-adventure doctor exited with ${exitCode}\n`);
    expect(readFileSync(join(results, 'argv'), 'utf8')).toBe(`${cmd.map((arg) => (arg === '/host' ? host : arg)).join('\n')}\n`);
    const json = JSON.parse(readFileSync(join(results, 'doctor.json'), 'utf8'));
    expect(json).toMatchObject({ version: GRAPH_VERSION, host: { kind: 'captured', node: `node-${fixture}` }, summary: { fail: exitCode ? expect.any(Number) : 0 }, results: expect.any(Array) });
    const direct = spawnBin(['doctor', '--host-dir', host, '--json'], '', { NODE_NAME: '' });
    expect(direct.code).toBe(exitCode);
    const direct_ = new Map<string, string>(JSON.parse(direct.stdout).results.map(({ id, status }: { id: string; status: string }) => [id, status]));
    // The same verdicts, except where a pod would see its own namespace instead of the node's: there, unknown and why.
    // (docker-backing-filesystem only when no findmnt capture stands in for the mount table.)
    const blind = ['bridge-nf-call', 'bridge-netfilter-module', 'kube-proxy-br-netfilter-log', 'docker-backing-filesystem'];
    expect(json.results.map(({ id }: { id: string }) => id)).toEqual([...direct_.keys()]);
    for (const { id, status, observed } of json.results as { id: string; status: string; observed: string }[]) {
      if (status === direct_.get(id)) continue;
      expect(blind, `${id}: ${status}, not ${direct_.get(id)}`).toContain(id);
      expect(status).toBe('unknown');
      expect(observed).toMatch(/in a pod: /);
    }
    expect(json.results.find(({ id }: { id: string }) => id === 'bridge-nf-call')).toMatchObject({ status: 'unknown', observed: expect.stringMatching(/network namespace/) });
  });

  it('prints that JSON on one line from the holder, then waits, and stops cleanly on SIGTERM', async () => {
    const results = join(work, 'holder');
    mkdirSync(results);
    writeFileSync(join(results, 'doctor.json'), spawnBin(['doctor', '--host-dir', 'test/fixtures/hosts/centos71-devicemapper-loopback', '--json']).stdout);
    const { script } = shell(holder);
    const child = spawn('/bin/sh', ['-c', script.replaceAll('/results', results)], { env });
    let stdout = '';
    await new Promise<void>((done) => child.stdout.on('data', (chunk: Buffer) => ((stdout += chunk.toString()), stdout.includes('\n') && done())));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(stdout.split('\n')).toEqual([expect.any(String), '']);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(readFileSync(join(results, 'doctor.json'), 'utf8')));
    expect(holder.volumeMounts).toEqual([{ name: 'results', mountPath: '/results', readOnly: true }]);
  });
});
