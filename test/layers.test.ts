import { build, type Metafile } from 'esbuild';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules, checked over the import graph esbuild sees from every entry (the bin's launcher and the
 * adventure it loads, the library, the player),
 * dynamic imports included. Lighter than dependency-cruiser: esbuild is already here and resolves like the build.
 */
async function importGraph(): Promise<[from: string, to: string][]> {
  const { metafile } = await build({
    entryPoints: ['src/launch/launcher.ts', 'src/cli.ts', 'src/index.ts', 'src/web/player.ts'],
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    outdir: 'unused',
    write: false,
    metafile: true,
    packages: 'external',
    logLevel: 'silent',
  });
  return Object.entries((metafile as Metafile).inputs).flatMap(([from, { imports }]) =>
    imports.filter((entry) => !entry.external && !entry.path.startsWith('node_modules/')).map((entry): [string, string] => [from, entry.path]),
  );
}

/** A file's layer: machines/, or the folder under src/ (src/cli.ts, the bin's entry, is the top). */
const layerOf = (file: string): string => (file.startsWith('machines/') ? 'machines' : file.split('/').slice(0, 2).join('/').replace(/\.tsx?$/, ''));

const FRONT_ENDS = ['src/ui', 'src/plain', 'src/web', 'src/interactive'];
const DISPATCH = ['src/cli', 'src/commands'];

/** Layers a layer must never import: each rule says why in its name. */
const FORBIDDEN: Record<string, { never: string[]; why: string }> = {
  machines: { never: ['src/'], why: 'the graph is pure and browser-safe' },
  'src/kit': { never: [...DISPATCH, ...FRONT_ENDS, 'src/view'], why: 'the kit is the bottom layer' },
  'src/host': { never: [...DISPATCH, ...FRONT_ENDS, 'src/view'], why: 'hosts know nothing of commands or screens' },
  'src/probes': { never: [...DISPATCH, ...FRONT_ENDS, 'src/view'], why: 'probes know nothing of commands or screens' },
  // The view-model (src/view, once it exists) is what the front ends render; it never reaches back into one.
  'src/view': { never: [...DISPATCH, ...FRONT_ENDS, 'src/headless'], why: 'front ends depend on the view-model, not the other way' },
  // The Ink screen reaches probes and the runner only through the view-model and the service it is handed.
  'src/ui': { never: [...DISPATCH, 'src/headless', 'src/probes', 'src/plain', 'src/web'], why: 'the Ink screen renders the view-model' },
  'src/plain': { never: [...DISPATCH, 'src/ui', 'src/web', 'src/interactive'], why: 'plain mode is a front end of its own, beside the Ink screen' },
};

/** Every import that breaks a rule, as "from -> to (why)". */
export function breaches(edges: readonly [string, string][]): string[] {
  return edges.flatMap(([from, to]) => {
    const rule = FORBIDDEN[layerOf(from)];
    const target = layerOf(to);
    return rule?.never.some((layer) => target === layer || (layer.endsWith('/') && target.startsWith(layer))) ? [`${from} -> ${to} (${rule.why})`] : [];
  });
}

/** The files on some import cycle, each cycle once, found by depth-first search. */
export function cycles(edges: readonly [string, string][]): string[][] {
  const next = new Map<string, string[]>();
  for (const [from, to] of edges) next.set(from, [...(next.get(from) ?? []), to]);
  const found: string[][] = [];
  const done = new Set<string>();
  const visit = (file: string, path: string[]) => {
    const at = path.indexOf(file);
    if (at >= 0) return void found.push(path.slice(at));
    if (done.has(file)) return;
    for (const to of next.get(file) ?? []) visit(to, [...path, file]);
    done.add(file);
  };
  for (const file of next.keys()) visit(file, []);
  return found;
}

describe('the layers', () => {
  it('no import runs back up a layer', async () => {
    const edges = await importGraph();
    // The graph is the whole program, lazily loaded commands included, not an empty bundle that breaks no rule.
    expect(edges).toContainEqual(['src/cli/main.ts', 'src/commands/doctor.ts']);
    expect(edges).toContainEqual(['src/web/player.ts', 'machines/index.ts']);
    expect(breaches(edges)).toEqual([]);
  });

  it("the bin's launcher imports nothing beyond src/launch/: every command pays for what it loads", async () => {
    const edges = await importGraph();
    expect(edges).toContainEqual(['src/launch/launcher.ts', 'src/launch/compile-cache.ts']);
    expect(edges.filter(([from, to]) => from.startsWith('src/launch/') && !to.startsWith('src/launch/'))).toEqual([]);
  });

  it('no import cycles', async () => {
    expect(cycles(await importGraph())).toEqual([]);
  });

  it('would name an import that runs back up, and a cycle (the checks are real)', () => {
    expect(breaches([['src/probes/x.ts', 'src/commands/doctor.ts'], ['src/view/screen.ts', 'src/ui/App.tsx'], ['machines/graph.ts', 'src/text/sanitize.ts']])).toHaveLength(3);
    expect(breaches([['src/commands/doctor.ts', 'src/probes/x.ts'], ['src/ui/App.tsx', 'src/view/screen.ts']])).toEqual([]);
    expect(cycles([['a.ts', 'b.ts'], ['b.ts', 'c.ts'], ['c.ts', 'a.ts']])).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });
});
