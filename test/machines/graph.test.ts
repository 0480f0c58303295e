import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import {
  chapters,
  eventsAt,
  forksOf,
  isEnding,
  nodes,
  snapshotAt,
  walkthroughMachine,
  type NodeId,
  type WalkthroughSnapshot,
} from '../../machines/index.ts';
import { KEBAB, nodesOfKind } from '../helpers/graph.ts';

// Detour guards read earlier answers, so a state is its node plus the answers some guard looks at. Keying on
// the whole journey would make every path unique and the traversal exponential.
const guardQuestions = new Set(
  Object.values(nodes).flatMap((node) =>
    node.kind === 'question' ? node.choices.flatMap((c) => (c.detours ?? []).flatMap((d) => d.ifChosen.map((a) => a.question))) : [],
  ),
);
const serializeState = (snapshot: WalkthroughSnapshot) =>
  JSON.stringify([snapshot.value, snapshot.context.journey.filter((step) => guardQuestions.has(step.node))]);

const reached = getShortestPaths(walkthroughMachine, {
  events: (snapshot) => eventsAt(nodes[snapshot.value as NodeId]),
  serializeState: serializeState as (snapshot: unknown) => string,
});
const reachedIds = new Set(reached.map((path) => path.state.value as string));

describe('the decision graph (xstate/graph)', () => {
  it('reaches every ending from the start', () => {
    const endings = nodesOfKind('doom', 'ready').map((node) => node.id);
    expect(endings.length).toBeGreaterThan(10);
    expect(endings.filter((id) => !reachedIds.has(id))).toEqual([]);
  });

  it('reaches every fix from the start', () => {
    const fixes = nodesOfKind('fix').map((node) => node.id);
    expect(fixes.length).toBeGreaterThan(5);
    expect(fixes.filter((id) => !reachedIds.has(id))).toEqual([]);
  });

  it('reaches every node, so none is orphaned', () => {
    expect(Object.keys(nodes).filter((id) => !reachedIds.has(id))).toEqual([]);
  });

  it('gives every non-final state a way forward, and finals none', () => {
    for (const path of reached) {
      const node = nodes[path.state.value as NodeId];
      const events = eventsAt(node);
      if (isEnding(node)) {
        expect(path.state.status, node.id).toBe('done');
        expect(events).toEqual([]);
      } else {
        expect(path.state.status, node.id).toBe('active');
        expect(events.length, node.id).toBeGreaterThan(0);
        for (const event of events) expect(path.state.can(event), `${node.id} ${event.type}`).toBe(true);
      }
    }
  });

  it('has exactly one ready ending', () => {
    expect(nodesOfKind('ready').map((node) => node.id)).toEqual(['ready']);
  });

  it('marks each node kind as a tag and in meta, so code can read it', () => {
    for (const node of Object.values(nodes)) {
      const snapshot = snapshotAt(node.id);
      expect(snapshot.hasTag(node.kind), node.id).toBe(true);
      expect(Object.values(snapshot.getMeta())[0], node.id).toMatchObject({ kind: node.kind, chapter: node.chapter });
    }
  });
});

describe('ids', () => {
  it('are kebab-case for nodes, choices, chapters and probes', () => {
    for (const node of Object.values(nodes)) {
      expect(node.id).toMatch(KEBAB);
      if (node.kind !== 'question') continue;
      if (node.probe) expect(node.probe).toMatch(KEBAB);
      for (const choice of node.choices) expect(choice.id, node.id).toMatch(KEBAB);
    }
    for (const chapter of chapters) expect(chapter.id).toMatch(KEBAB);
  });

  it('are unique across chapters', () => {
    const all = chapters.flatMap((chapter) => Object.keys(chapter.nodes));
    expect(all.length).toBe(new Set(all).size);
  });

  it('keep choices unique within each question', () => {
    for (const node of nodesOfKind('question')) {
      if (node.kind !== 'question') continue;
      const ids = node.choices.map((choice) => choice.id);
      expect(ids.length, node.id).toBe(new Set(ids).size);
      expect(node.choices.length, node.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('name dooms so a reader knows one when they see it', () => {
    for (const node of Object.values(nodes)) expect(node.id.endsWith('-doom'), node.id).toBe(node.kind === 'doom');
  });

  it('point every target at a node that exists', () => {
    for (const node of Object.values(nodes)) {
      const targets =
        node.kind === 'question'
          ? node.choices.flatMap((choice) => [choice.target, ...(choice.detours ?? []).map((detour) => detour.target)])
          : node.kind === 'info' || node.kind === 'fix'
            ? [node.next]
            : [];
      for (const target of targets) expect(nodes[target], `${node.id} → ${target}`).toBeDefined();
    }
  });
});

describe('dooms', () => {
  it('each have a fork to go back to', () => {
    for (const doom of nodesOfKind('doom')) expect(forksOf(doom.id).length, doom.id).toBeGreaterThan(0);
  });
});

describe('chapters', () => {
  it('enter at a node of their own', () => {
    for (const chapter of chapters) expect(nodes[chapter.entry]?.chapter, chapter.id).toBe(chapter.id);
  });
});
