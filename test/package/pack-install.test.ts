import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { threadId } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import { nodes } from '../../machines/index.ts';
import { readContent } from '../../src/content/index.ts';
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
    const socket = `k8s-pack-${process.pid}-${threadId}`;
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

  it('ships the browser exports: k8s-adventure/player loads in Node without a DOM, registers nothing, and types resolve', () => {
    const project = join(work, 'docs-site');
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    symlinkSync(installed, join(project, 'node_modules', 'k8s-adventure'));
    writeFileSync(join(project, 'package.json'), '{"type":"module"}');
    // As a docs engine's server-side render would: import it (twice), with no DOM at all.
    const ssr = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        "const a = await import('k8s-adventure/player'); const b = await import('k8s-adventure/player'); const { contentOf } = await import('k8s-adventure/content'); console.log(JSON.stringify({ same: a === b, defined: typeof customElements, events: a.REACH_EVENTS, books: a.BOOKS, title: contentOf('bridge-netfilter')?.title }))",
      ],
      { cwd: project, encoding: 'utf8' },
    );
    expect(ssr.stderr).toBe('');
    expect(JSON.parse(ssr.stdout)).toEqual({
      same: true,
      defined: 'undefined',
      events: { doom: 'k8s-adventure-doom', fix: 'k8s-adventure-fix', ready: 'k8s-adventure-ready' },
      books: ['walkthrough'],
      title: readContent().get('bridge-netfilter')!.title,
    });
    writeFileSync(
      join(project, 'page.ts'),
      [
        "import 'k8s-adventure/player';",
        "import { REACH_EVENTS, type ReachDetail } from 'k8s-adventure/player';",
        "import { contentEntries, contentOf, type PlayerContent } from 'k8s-adventure/content';",
        "const player = document.querySelector('k8s-adventure');",
        "player?.addEventListener('k8s-adventure-doom', (event) => { const detail: ReachDetail = event.detail; console.log(detail.id, detail.kind, detail.title); });",
        'document.addEventListener(REACH_EVENTS.fix, () => undefined);',
        "const words: PlayerContent | undefined = contentOf('bridge-netfilter');",
        'export const count: number = contentEntries.length + (words ? 1 : 0);',
        '',
      ].join('\n'),
    );
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, lib: ['ES2022', 'DOM'], types: [] }, files: ['page.ts'] }));
    const tsc = spawnSync(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', project], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 120_000);
});
