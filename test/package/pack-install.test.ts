import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodes } from '../../machines/index.ts';
import { fixtureDir } from '../helpers/fixtures.ts';

const work = mkdtempSync(join(tmpdir(), 'k8s-pack-'));
const prefix = join(work, 'prefix');
const bin = join(prefix, 'bin', 'k8s-adventure');
const installed = join(prefix, 'lib', 'node_modules', 'k8s-adventure');
const npm = (args: string[], cwd = process.cwd()) => execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

beforeAll(() => {
  // `npm test` has just built: pack what is there, then install it as a user would, from the tarball.
  npm(['pack', '--ignore-scripts', '--pack-destination', work]);
  const tarball = readdirSync(work).find((file) => file.endsWith('.tgz'))!;
  npm(['install', '--global', '--prefix', prefix, '--prefer-offline', '--no-audit', '--no-fund', join(work, tarball)]);
}, 180_000);

describe('npm pack, then npm install -g from the tarball', () => {
  it('installs a working k8s-adventure on the PATH', () => {
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' })).toMatch(/^\d+\.\d+\.\d+\n$/);
    const run = spawnSync(bin, ['run', '--answers', '-', '--json'], { input: '{"start":"from-scratch","host-os":"amazon-linux"}', encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).ending.id).toBe('amazon-linux-doom');
    const doctor = spawnSync(bin, ['doctor', '--host-dir', fixtureDir('healthy-centos72-overlay')], { encoding: 'utf8' });
    expect(doctor.status).toBe(0);
  });

  it('draws the UI in a real terminal', () => {
    const socket = `k8s-pack-${process.pid}`;
    const done = join(work, 'frame-done');
    execFileSync('tmux', ['-L', socket, 'new-session', '-d', '-x', '100', '-y', '30', `CI=0 XDG_STATE_HOME=${work} ${bin} --no-probes; touch ${done}; sleep 30`]);
    let screen = '';
    for (let i = 0; i < 100 && !screen.includes('QUESTION Bringing up a Kubernetes node'); i++) {
      execFileSync('sleep', ['0.1']);
      screen = execFileSync('tmux', ['-L', socket, 'capture-pane', '-p'], { encoding: 'utf8' });
    }
    execFileSync('tmux', ['-L', socket, 'send-keys', 'q']);
    spawnSync('sleep', ['0.5']);
    spawnSync('tmux', ['-L', socket, 'kill-server']);
    expect(screen).toContain('QUESTION Bringing up a Kubernetes node (start)');
    expect(screen).toContain('❯ 1. Build a node from scratch');
  });

  it('ships the ./machines export with its types, usable from TypeScript', () => {
    const project = join(work, 'consumer');
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    symlinkSync(installed, join(project, 'node_modules', 'k8s-adventure'));
    writeFileSync(join(project, 'package.json'), '{"type":"module"}');
    writeFileSync(
      join(project, 'index.ts'),
      "import { nodes, snapshotAt, advance, type GraphNode } from 'k8s-adventure/machines';\nconst node: GraphNode = nodes['host-os']!;\nconst next = advance(snapshotAt(node.id), 'centos-7');\nexport const id: string = String(next.value);\n",
    );
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: [] }, files: ['index.ts'] }));
    const tsc = spawnSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', project], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
    const runIt = spawnSync(process.execPath, ['--input-type=module', '-e', "import { nodes } from 'k8s-adventure/machines'; console.log(Object.keys(nodes).length)"], { cwd: project, encoding: 'utf8' });
    expect(runIt.stdout.trim()).toBe(String(Object.keys(nodes).length));
    // tsc type-checks the package's declarations from scratch: over 20 s on a loaded 2-core machine.
  }, 90_000);
});
