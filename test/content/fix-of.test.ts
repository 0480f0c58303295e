import { describe, expect, it } from 'vitest';
import { nodes } from '../../machines/index.ts';
import { readContent } from '../../src/content/index.ts';
import { fixBlocks, fixOf } from '../../src/content/fix-of.ts';

const content = readContent();

describe('the fix of a node', () => {
  it('a fix node is its own fix, with its commands', () => {
    const [remedy] = fixOf('persist-bridge-netfilter', content);
    expect(remedy).toMatchObject({ kind: 'fix', id: 'persist-bridge-netfilter', command: 'k8s-adventure --start-at persist-bridge-netfilter' });
    expect(remedy!.blocks.flatMap((block) => block.commands)).toContain('sysctl -p /etc/sysctl.d/90-bridge-netfilter.conf');
  });

  it("a doom's fix is the fix on the good branch of its fork", () => {
    expect(fixOf('bridge-netfilter-ignored-doom', content).map((remedy) => [remedy.id, remedy.via?.choice])).toEqual([['persist-bridge-netfilter', 'sysctl-d-file']]);
    expect(fixOf('cni-loopback-missing-doom', content).map((remedy) => remedy.id)).toEqual(['configure-cni-1-4']);
  });

  it('where the good branch is a question, the fix is a walk to it', () => {
    expect(fixOf('devicemapper-loopback-doom', content)).toEqual([
      expect.objectContaining({ kind: 'walk', id: 'overlay-centos-release', command: 'k8s-adventure --start-at overlay-centos-release', blocks: [] }),
    ]);
  });

  it('a fork that only checks what the fix before it did takes that fix: an old CentOS is put right by the update', () => {
    expect(fixOf('centos-too-old-doom', content).map((remedy) => [remedy.kind, remedy.id])).toEqual([['fix', 'latest-centos-ami']]);
  });

  it('every doom has a fix or a walk; info nodes have none', () => {
    for (const node of Object.values(nodes).filter((candidate) => candidate.kind === 'doom')) expect(fixOf(node.id, content).length, node.id).toBeGreaterThan(0);
    expect(fixOf('kube-proxy-br-netfilter-warning', content)).toEqual([]);
  });

  it('keeps each OS its own block, or only the host OS when it is known', () => {
    const every = fixBlocks(content.get('install-node-dependencies')!.markdown);
    expect(every.map((block) => block.os)).toEqual([['centos'], ['debian']]);
    const centos = fixBlocks(content.get('install-node-dependencies')!.markdown, 'centos');
    expect(centos).toHaveLength(1);
    expect(centos[0]!.os).toBeUndefined();
    expect(centos[0]!.commands.join('\n')).toMatch(/yum/);
  });
});
