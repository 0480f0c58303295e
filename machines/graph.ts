import { awsChapter } from './chapters/aws.ts';
import { cniChapter } from './chapters/cni.ts';
import { dependenciesChapter } from './chapters/dependencies.ts';
import { epilogueChapter } from './chapters/epilogue.ts';
import { hostOsChapter } from './chapters/host-os.ts';
import { netfilterChapter } from './chapters/netfilter.ts';
import { prologueChapter } from './chapters/prologue.ts';
import { rebootChapter } from './chapters/reboot.ts';
import { selinuxChapter } from './chapters/selinux.ts';
import { storageDriverChapter } from './chapters/storage-driver.ts';
import type { ChapterSpec, GraphNode, NodeId } from './types.ts';

/**
 * Bump when an id is renamed or removed, or a choice leads somewhere new: saves and transcripts carry it,
 * so an old save is refused instead of resumed onto the wrong node.
 */
export const GRAPH_VERSION = 2;

/** The walkthrough's chapters, in the order a node is built. */
const buildOrder = [
  hostOsChapter,
  storageDriverChapter,
  netfilterChapter,
  selinuxChapter,
  cniChapter,
  dependenciesChapter,
  rebootChapter,
  awsChapter,
  epilogueChapter,
] as const;

export const chapters = [prologueChapter(buildOrder), ...buildOrder] as const;

/**
 * Holds every chapter to the whole graph's ids: a target, an entry or a detour that names no node, or a detour
 * on a choice no question offers, fails here. (A separate statement: the ids are read off `chapters` itself.)
 */
const checkedChapters: readonly ChapterSpec[] = chapters;

export const START = 'start' satisfies NodeId;

/** Every node of the graph by id, in chapter order. */
export const nodes = Object.fromEntries(
  checkedChapters.flatMap((chapter) =>
    Object.entries(chapter.nodes).map(([id, spec]) => [id, { ...spec, id, chapter: chapter.id }]),
  ),
) as Readonly<Record<NodeId, GraphNode>>;

/** The one guard for a node id from outside (a deep link, a save, an answers file, JSON, a fleet report). */
export const isNodeId = (id: string): id is NodeId => Object.hasOwn(nodes, id);

/** Every node id, in chapter order. */
export const NODE_IDS: readonly NodeId[] = Object.keys(nodes).filter(isNodeId);
