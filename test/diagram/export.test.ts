import { instance, type Viz } from '@viz-js/viz';
import { beforeAll, describe, expect, it } from 'vitest';
import { chapters, nodes, type NodeId } from '../../machines/index.ts';
import { readContent } from '../../src/content/index.ts';
import { diagramOf } from '../../src/diagram/edges.ts';
import { toDot } from '../../src/diagram/to-dot.ts';
import { spawnBin } from '../helpers/spawn-bin.ts';

const content = readContent();
const titleOf = (node: { id: NodeId }) => content.get(node.id)!.title;
let viz: Viz;
beforeAll(async () => {
  viz = await instance();
});

interface DotJson {
  objects: { name: string; nodes?: number[]; label?: string }[];
  edges?: { tail: number; head: number; label?: string }[];
}

describe('export --format dot, read back by Graphviz itself', () => {
  it('has every node and every edge of the graph', () => {
    const json = viz.renderJSON(toDot(titleOf)) as DotJson;
    const names = json.objects.map((object) => object.name);
    expect(Object.keys(nodes).filter((id) => !names.includes(id))).toEqual([]);
    const drawn = new Set((json.edges ?? []).map((edge) => `${json.objects[edge.tail]!.name}->${json.objects[edge.head]!.name}`));
    const expected = diagramOf().edges.map((edge) => `${edge.from}->${edge.to}`);
    expect(expected.filter((edge) => !drawn.has(edge))).toEqual([]);
    expect(drawn.size).toBe(new Set(expected).size);
  });

  it('draws one cluster per chapter, and a chapter on its own with the nodes it leads to', () => {
    const all = viz.renderJSON(toDot(titleOf)) as DotJson;
    expect(all.objects.filter((object) => object.name.startsWith('cluster_')).map((object) => object.name.slice(8))).toEqual(chapters.map((c) => c.id));
    const netfilter = viz.renderJSON(toDot(titleOf, 'netfilter')) as DotJson;
    expect(netfilter.objects.map((object) => object.name)).toEqual(expect.arrayContaining(['bridge-netfilter', 'sysctl-conf-doom', 'selinux-mode']));
  });

  it('is rejected by Graphviz when broken, so the check above is a real parse', () => {
    expect(() => viz.renderString(toDot(titleOf).replace('->', '-> ;'), { format: 'svg' })).toThrow(/syntax error/);
  });
});

describe('k8s-adventure export --format mermaid|dot', () => {
  it('writes to a file with --out, and draws one chapter with --chapter', () => {
    const result = spawnBin(['export', '--format', 'mermaid', '--chapter', 'selinux']);
    expect(result.stdout).toMatch(/^flowchart TD\n {2}subgraph c_selinux\["SELinux"\]\n/);
    expect(result.stdout).toContain('  n_selinux_mode -->|"Enforcing, as CentOS ships it"| n_selinux_enforcing_doom');
    expect(result.stdout).toContain('  class n_selinux_enforcing_doom doom');
  });

  it.each([
    [['export', '--format', 'svg'], "unknown export format 'svg'; valid formats: json, mermaid, dot, npd"],
    [['export', '--format', 'dot', '--chapter', 'netfiltr'], "unknown chapter 'netfiltr' (did you mean 'netfilter'?); valid chapters: prologue, host-os, storage-driver, netfilter, selinux, cni, dependencies, reboot, aws, epilogue"],
    [['export', '--chapter', 'cni'], '--chapter draws one chapter: use it with --format mermaid or dot'],
    [['export', '--format', 'dot', '--out', '/no/such/dir/graph.dot'], "cannot write '/no/such/dir/graph.dot': its directory does not exist"],
  ])('%j: one line, exit 2', (args, message) => {
    expect(spawnBin(args)).toMatchObject({ code: 2, stdout: '', stderr: `k8s-adventure: ${message}\n` });
  });
});
