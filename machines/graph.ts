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
const buildOrder: readonly ChapterSpec[] = [
  hostOsChapter,
  storageDriverChapter,
  netfilterChapter,
  selinuxChapter,
  cniChapter,
  dependenciesChapter,
  rebootChapter,
  awsChapter,
  epilogueChapter,
];

export const chapters: readonly ChapterSpec[] = [prologueChapter(buildOrder), ...buildOrder];

export const START: NodeId = 'start';

/** Every node of the graph by id, in chapter order. */
export const nodes: Readonly<Record<NodeId, GraphNode>> = Object.fromEntries(
  chapters.flatMap((chapter) =>
    Object.entries(chapter.nodes).map(([id, spec]) => [id, { ...spec, id, chapter: chapter.id }]),
  ),
);
