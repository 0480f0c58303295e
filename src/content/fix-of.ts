import { forksOf, nodes, walkRank, type GraphNode, type NodeId } from '../../machines/index.ts';
import { fixCommandBlocks } from './fix-commands.ts';
import type { ContentLibrary } from './node-content.ts';

/** Commands of one fenced block group: for every host OS, or for the ones named. */
export interface FixBlock {
  /** The host OS families the commands are for (`centos`, `debian`, `coreos`); absent means every OS. */
  os?: string[];
  commands: string[];
}

/**
 * What puts a problem right. Public (`why --json`, `doctor --json`): add fields, never rename them.
 * A `fix` is a fix node whose commands can be run as given; a `walk` is a question to answer again, where the fix
 * depends on what the host turns out to be, reached with `command`.
 */
export interface Remedy {
  kind: 'fix' | 'walk';
  id: NodeId;
  title: string;
  /** The choice at the fork that leads here, when the remedy is a branch of one. */
  via?: { fork: NodeId; choice: string; label: string };
  /** `k8s-adventure --start-at ID`. */
  command: string;
  /** A fix's commands, by block; empty for a walk. */
  blocks: FixBlock[];
}

const startAt = (id: NodeId) => `k8s-adventure --start-at ${id}`;

/**
 * A fix node's commands, one group per run of blocks for the same OS; with `os`, only the blocks for that OS and
 * for every OS, merged into one group.
 */
export function fixBlocks(markdown: string, os?: string): FixBlock[] {
  const groups: FixBlock[] = [];
  for (const block of fixCommandBlocks(markdown)) {
    if (os !== undefined && block.os && !block.os.includes(os)) continue;
    const shown = os === undefined ? block.os : undefined;
    const last = groups.at(-1);
    if (last && String(last.os) === String(shown)) last.commands.push(...block.commands);
    else groups.push({ ...(shown ? { os: shown } : {}), commands: [...block.commands] });
  }
  return groups.filter((group) => group.commands.length);
}

const titleOf = (content: ContentLibrary, id: NodeId) => content.get(id)?.title ?? id;

const fixRemedy = (id: NodeId, content: ContentLibrary, os: string | undefined, via?: Remedy['via']): Remedy => ({
  kind: 'fix',
  id,
  title: titleOf(content, id),
  ...(via ? { via } : {}),
  command: startAt(id),
  blocks: fixBlocks(content.get(id)?.markdown ?? '', os),
});

const walkRemedy = (id: NodeId, content: ContentLibrary, via?: Remedy['via']): Remedy => ({
  kind: 'walk',
  id,
  title: titleOf(content, id),
  ...(via ? { via } : {}),
  command: startAt(id),
  blocks: [],
});

/** Fix nodes that lead straight into a node: what a question right after a fix checks. */
const fixesInto = (id: NodeId): NodeId[] => Object.values(nodes).filter((node) => node.kind === 'fix' && node.next === id).map((node) => node.id);

/**
 * The good branches of a fork: each choice that does not end in a doom. A choice that leads to a fix node is the
 * fix; failing that, a question or passage in the fork's own chapter is a walk (the fix depends on answers still to
 * give); and when every good choice moves on to the next chapter, the fork only checks what the fix before it did
 * ("Still 7.0 or 7.1 after the update"), so that fix is the remedy.
 */
function remediesAtFork(fork: GraphNode, content: ContentLibrary, os: string | undefined): Remedy[] {
  if (fork.kind !== 'question') return [];
  const good = fork.choices.filter((choice) => nodes[choice.target]?.kind !== 'doom');
  const via = (choice: (typeof good)[number]) => ({ fork: fork.id, choice: choice.id, label: choice.label });
  const fixes = good.filter((choice) => nodes[choice.target]?.kind === 'fix');
  if (fixes.length) return fixes.map((choice) => fixRemedy(choice.target, content, os, via(choice)));
  const walks = good.filter((choice) => nodes[choice.target]?.chapter === fork.chapter);
  if (walks.length) return dedupe(walks.map((choice) => walkRemedy(choice.target, content, via(choice))));
  const before = fixesInto(fork.id);
  if (before.length) return before.map((id) => fixRemedy(id, content, os));
  return [walkRemedy(fork.id, content)];
}

/** The fix on the good branches of one fork, as `fixOf` finds a doom's: for a doom's screen at each of its forks. */
export const fixAtFork = (fork: NodeId, content: ContentLibrary, os?: string): Remedy[] => (nodes[fork] ? remediesAtFork(nodes[fork], content, os) : []);

const dedupe = (remedies: Remedy[]): Remedy[] => remedies.filter((remedy, index) => remedies.findIndex((other) => other.id === remedy.id) === index);

/**
 * The fix of a node, for every front end that shows a problem (why, doctor, a doom's screen and report):
 * - a fix node is its own fix;
 * - a doom's fix is on the good branch of its fork; a doom several forks lead to takes it from the earliest one
 *   in a walk, the root that walkRank also counts it from;
 * - a question's fix is on its own good branches;
 * - an info node (a false positive, a lesson) has none.
 * `os` (`centos`, `debian`, `coreos`) keeps only the commands for that host OS; without it every OS's block is
 * kept, each saying which OS it is for.
 */
export function fixOf(id: NodeId, content: ContentLibrary, os?: string): Remedy[] {
  const node = nodes[id];
  if (!node) return [];
  if (node.kind === 'fix') return [fixRemedy(id, content, os)];
  if (node.kind === 'question') return remediesAtFork(node, content, os);
  if (node.kind !== 'doom') return [];
  const [fork] = forksOf(id).sort((a, b) => walkRank(a) - walkRank(b));
  return fork ? remediesAtFork(nodes[fork]!, content, os) : [];
}
