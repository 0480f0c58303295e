import type { NodeSpec } from '../../types.ts';
import type { TodayChapter, TodayProbeId } from './builders.ts';
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
const buildOrder: readonly TodayChapter[] = [
  hostCgroupsChapter,
  containerRuntimeChapter,
  netfilterForwardingChapter,
  selinuxFirewallChapter,
  cniDnsChapter,
  todayEpilogueChapter,
];

export const todayChapters: readonly TodayChapter[] = [todayPrologueChapter(buildOrder), ...buildOrder];

export const TODAY_START = 'today-start';

/** A node of this book: its ids are plain strings until the engine's id unions span both books. */
export type TodayNode = NodeSpec<string, string, TodayProbeId> & { readonly id: string; readonly chapter: string };

/** Every node of the book by id, in chapter order. */
export const todayNodes: Readonly<Record<string, TodayNode>> = Object.fromEntries(
  todayChapters.flatMap((chapter) =>
    Object.entries(chapter.nodes).map(([id, spec]) => [id, { ...spec, id, chapter: chapter.id }]),
  ),
);
