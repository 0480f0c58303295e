import type { ChapterSpec, GraphNode, NodeId } from '../../types.ts';
import { cniDnsChapter } from './cni-dns.ts';
import { containerRuntimeChapter } from './container-runtime.ts';
import { todayEpilogueChapter } from './epilogue.ts';
import { hostCgroupsChapter } from './host-cgroups.ts';
import { netfilterForwardingChapter } from './netfilter-forwarding.ts';
import { todayPrologueChapter } from './prologue.ts';
import { selinuxFirewallChapter } from './selinux-firewall.ts';

/**
 * The second book: bringing up a node today (Kubernetes 1.28–1.34, kubeadm, containerd 1.7/2.x, cgroup v2).
 * Self-contained until the engine knows books: it is not in machines/graph.ts, so no walk reaches it yet.
 */
export const TODAY_BOOK_ID = 'today';

/** The book's chapters in the order a node is built. */
const buildOrder: readonly ChapterSpec[] = [
  hostCgroupsChapter,
  containerRuntimeChapter,
  netfilterForwardingChapter,
  selinuxFirewallChapter,
  cniDnsChapter,
  todayEpilogueChapter,
];

export const todayChapters: readonly ChapterSpec[] = [todayPrologueChapter(buildOrder), ...buildOrder];

export const TODAY_START: NodeId = 'today-start';

/** Every node of the book by id, in chapter order. */
export const todayNodes: Readonly<Record<NodeId, GraphNode>> = Object.fromEntries(
  todayChapters.flatMap((chapter) =>
    Object.entries(chapter.nodes).map(([id, spec]) => [id, { ...spec, id, chapter: chapter.id }]),
  ),
);
