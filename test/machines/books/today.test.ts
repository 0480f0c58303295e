import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Lexer, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import { chapters as walkthroughChapters, nodes as walkthroughNodes } from '../../../machines/index.ts';
import { TODAY_START, todayChapters, todayNodes, type TodayNode } from '../../../machines/books/today/index.ts';
import { validityMeets } from '../../../src/content/index.ts';
import { blockOses, fixCommands } from '../../../src/content/fix-commands.ts';
import { quotedLines } from '../../../src/content/quoted-lines.ts';
import { readWordings, type Wording } from '../../../src/content/wordings.ts';
import { normalize } from '../../../src/why/matchers.ts';
import { KEBAB } from '../../helpers/graph.ts';
import { TODAY_CONTENT_DIR, readTodayContent, todayContentFiles, type TodayContent } from './today-content.ts';

const all = Object.values(todayNodes);
const ofKind = (...kinds: TodayNode['kind'][]) => all.filter((node) => kinds.includes(node.kind));

/** Every node a node can lead to: its choices and their detours, or its next. */
const targetsOf = (node: TodayNode): string[] => {
  if (node.kind === 'question') return node.choices.flatMap((choice) => [choice.target, ...(choice.detours ?? []).map((detour) => detour.target)]);
  if (node.kind === 'info' || node.kind === 'fix') return [node.next];
  return [];
};

const reachable = (() => {
  const seen = new Set<string>([TODAY_START]);
  const queue = [TODAY_START];
  while (queue.length) {
    const node = todayNodes[queue.shift()!];
    // A target that names no node is reported by its own test; here it just leads nowhere.
    if (node) for (const target of targetsOf(node)) if (!seen.has(target)) (seen.add(target), queue.push(target));
  }
  return seen;
})();

describe('the today book: its graph on its own', () => {
  it('starts at a node of its own', () => {
    expect(todayNodes[TODAY_START]?.chapter).toBe('today-prologue');
  });

  it('has no id twice: a later chapter cannot silently replace an earlier one\'s node', () => {
    const declared = todayChapters.flatMap((chapter) => Object.keys(chapter.nodes));
    expect(declared.length).toBe(new Set(declared).size);
    expect(declared.length).toBe(all.length);
  });

  it('leads only to nodes that exist', () => {
    for (const node of all) for (const target of targetsOf(node)) expect(todayNodes[target], `${node.id} -> ${target}`).toBeDefined();
  });

  it('reaches every node from its start, so none is orphaned', () => {
    expect(all.map((node) => node.id).filter((id) => !reachable.has(id))).toEqual([]);
  });

  it('reaches every doom and every fix', () => {
    const dooms = ofKind('doom');
    const fixes = ofKind('fix');
    expect(dooms.length).toBeGreaterThanOrEqual(8);
    expect(fixes.length).toBeGreaterThanOrEqual(4);
    for (const node of [...dooms, ...fixes]) expect(reachable.has(node.id), node.id).toBe(true);
  });

  it('has exactly one ready ending, and every chapter after the prologue has a fix, a doom and a question', () => {
    expect(ofKind('ready').map((node) => node.id)).toEqual(['today-ready']);
    for (const chapter of todayChapters.filter((c) => !['today-prologue', 'today-epilogue'].includes(c.id))) {
      const kinds = new Set(Object.values(chapter.nodes).map((spec) => spec.kind));
      expect([...kinds].sort(), chapter.id).toEqual(expect.arrayContaining(['doom', 'fix', 'question']));
    }
  });

  it('gives every question at least two choices, each with its own id, leading somewhere', () => {
    for (const node of ofKind('question')) {
      if (node.kind !== 'question') continue;
      expect(node.choices.length, node.id).toBeGreaterThanOrEqual(2);
      const ids = node.choices.map((choice) => choice.id);
      expect(new Set(ids).size, node.id).toBe(ids.length);
      for (const choice of node.choices) {
        expect(choice.id, node.id).toMatch(KEBAB);
        expect(todayNodes[choice.target], `${node.id}.${choice.id}`).toBeDefined();
      }
    }
  });

  it('has no cycle: every walk ends at a doom or the ready ending', () => {
    const state = new Map<string, 'open' | 'done'>();
    const visit = (id: string, path: string[]): void => {
      if (state.get(id) === 'done') return;
      if (state.get(id) === 'open') throw new Error(`cycle: ${[...path, id].join(' -> ')}`);
      const node = todayNodes[id];
      if (!node) return;
      state.set(id, 'open');
      const targets = targetsOf(node);
      if (targets.length === 0) expect(['doom', 'ready'], id).toContain(node.kind);
      for (const target of targets) visit(target, [...path, id]);
      state.set(id, 'done');
    };
    expect(() => visit(TODAY_START, [])).not.toThrow();
  });

  it('keeps node, chapter, choice and probe ids kebab-case', () => {
    for (const node of all) {
      expect(node.id).toMatch(KEBAB);
      expect(node.chapter).toMatch(KEBAB);
      if (node.kind === 'question' && node.probe) expect(node.probe).toMatch(KEBAB);
    }
  });
});

describe('the today book next to the walkthrough', () => {
  it('shares no node id with the walkthrough', () => {
    expect(Object.keys(todayNodes).filter((id) => id in walkthroughNodes)).toEqual([]);
  });

  it('shares no chapter id with the walkthrough', () => {
    const mine = todayChapters.map((chapter) => chapter.id);
    expect(mine.filter((id) => walkthroughChapters.some((chapter) => chapter.id === id))).toEqual([]);
  });
});

// Read once; a missing or malformed file fails the first content test by name instead of the whole file.
const content = new Map<string, TodayContent>();
const unreadable: string[] = [];
for (const node of all) {
  try {
    content.set(node.id, readTodayContent(node.id, node.chapter));
  } catch (error) {
    unreadable.push(`${node.id}: ${(error as Error).message}`);
  }
}
const words = (id: string): TodayContent => {
  const found = content.get(id);
  if (!found) throw new Error(`no readable content for ${id}`);
  return found;
};

/** Every fenced code block, with its info string. */
function* codeBlocks(tokens: readonly Token[]): Generator<Tokens.Code> {
  for (const token of tokens) {
    if (token.type === 'code') yield token as Tokens.Code;
    if (token.type === 'list') for (const item of (token as Tokens.List).items) yield* codeBlocks(item.tokens);
  }
}
const blocksOf = (markdown: string) => [...codeBlocks(new Lexer().lex(markdown))];
const SHELL = new Set(['sh', 'bash', 'shell']);

describe('the today book: its content', () => {
  it('has a file for every node and a node for every file', () => {
    expect(unreadable).toEqual([]);
    const expected = all.map((node) => `${node.chapter}/${node.id}.md`).sort();
    expect(todayContentFiles().sort()).toEqual(expected);
  });

  it('gives every node a title, a validity range and at least one source link', () => {
    for (const [id, node] of content) {
      expect(node.title.length, id).toBeGreaterThan(3);
      expect(Object.keys(node.validity).sort(), id).toEqual(['containerd', 'kubernetes', 'os']);
      expect(node.sources.length, id).toBeGreaterThan(0);
      for (const source of node.sources) expect(source, id).toMatch(/^https:\/\/\S+$/);
    }
  });

  it('gives every doom what happens, how it shows up later, and the way back to a fork by its title', () => {
    const titles = new Set([...content.values()].map((node) => node.title));
    for (const { id } of ofKind('doom')) {
      for (const heading of ['## What happens', '## How it shows up later', '## The way back']) expect(words(id).markdown, `${id}: ${heading}`).toContain(heading);
      const wayBack = words(id).markdown.split('## The way back')[1]!;
      const fork = /\*\*(.+?)\*\*/.exec(wayBack)?.[1];
      expect(fork && titles.has(fork), `${id}: the way back names no title (${fork})`).toBe(true);
    }
  });

  it('gives every fix shell commands and a way to check them', () => {
    for (const { id } of ofKind('fix')) {
      expect(fixCommands(words(id).markdown).length, id).toBeGreaterThan(0);
      expect(words(id).markdown, id).toMatch(/## Check it worked\n[\s\S]*```console\n\$ /);
    }
  });

  it('shows how to check by hand at every question a probe could answer', () => {
    for (const node of ofKind('question')) {
      if (node.kind === 'question' && node.probe) expect(words(node.id).markdown, node.id).toMatch(/## Check by hand\n[\s\S]*```console\n\$ /);
    }
  });

  it('fences OS-specific blocks only with the OS families the book asks about', () => {
    const hostOs = todayNodes['today-host-os']!;
    const families = hostOs.kind === 'question' ? hostOs.choices.map((choice) => choice.id) : [];
    expect(families).toEqual(['rhel', 'ubuntu', 'al2023']);
    for (const [id, node] of content) {
      for (const block of blocksOf(node.markdown)) for (const os of blockOses(block.lang ?? '') ?? []) expect(families, `${id}: os=${os}`).toContain(os);
    }
  });

  it('passes shellcheck on every shell block of every node', () => {
    for (const [id, node] of content) {
      for (const block of blocksOf(node.markdown).filter((b) => SHELL.has((b.lang ?? '').split(/\s/)[0]!))) {
        const checked = spawnSync('shellcheck', ['--shell=sh', '-'], { input: `${block.text}\n`, encoding: 'utf8' });
        expect(checked.error, 'shellcheck must be installed').toBeUndefined();
        expect(checked.stdout + checked.stderr, `${id}:\n${block.text}`).toBe('');
      }
    }
  });

  it('quotes every symptom verbatim in its node, matched by its own pattern, with what it means', () => {
    for (const [id, node] of content) {
      for (const symptom of node.symptoms) {
        expect(node.markdown, id).toContain(symptom.line);
        if (symptom.pattern) expect(symptom.line, `${id}: ${symptom.pattern}`).toMatch(new RegExp(symptom.pattern, 'i'));
        expect(symptom.means, `${id}: ${symptom.line}`).toBeDefined();
      }
    }
  });
});

describe('content/today/wordings.yaml: every quoted line against its source', () => {
  // Read inside the tests, so a malformed wordings.yaml fails them by name.
  let cached: (Wording & { message: string })[] | undefined;
  const loadWordings = () =>
    (cached ??= readWordings(TODAY_CONTENT_DIR).flatMap((message) => message.wordings.map((wording) => ({ ...wording, message: message.message }))));
  const fold = (text: string) => text.replace(/\s+/g, ' ').trim();
  const sourcesOf = (line: string, folded = false) => loadWordings().filter((wording) => (folded ? fold(wording.text).includes(fold(line)) : wording.text.includes(line)));

  it('gives every wording its text, releases and source', () => {
    const wordings = loadWordings();
    expect(wordings.length).toBeGreaterThanOrEqual(10);
    for (const wording of wordings) expect(wording.source.length, wording.message).toBeGreaterThan(10);
  });

  it.each(all.map((node) => [node.id] as const))('%s quotes only lines its sources print exactly so', (id) => {
    for (const quoted of quotedLines(words(id).markdown)) {
      expect(sourcesOf(quoted.text, quoted.kind !== 'text-block'), `${id} ${quoted.kind}: ${quoted.text}`).not.toEqual([]);
    }
  });

  it('lets why find every wording a node\'s releases print, from the node\'s symptoms', () => {
    for (const [id, node] of content) {
      for (const symptom of node.symptoms) {
        const found = [symptom.line, ...symptom.variants].flatMap((needle) => {
          const sources = sourcesOf(needle);
          expect(sources, `${id}: "${needle}" is in no source's wording`).not.toEqual([]);
          return sources.map((source) => source.message);
        });
        for (const wording of loadWordings().filter((candidate) => found.includes(candidate.message))) {
          if (!validityMeets(node.validity as never, wording.versions)) continue;
          const matches = wording.text.split('\n').some((line) => {
            const text = normalize(line);
            return [symptom.line, ...symptom.variants].some((needle) => text.includes(normalize(needle))) || (symptom.pattern !== undefined && new RegExp(symptom.pattern, 'i').test(text));
          });
          expect(matches, `${id}: why misses "${wording.text}"`).toBe(true);
        }
      }
    }
  });
});

describe('test/fixtures/today: each host lands on a node of this book', () => {
  const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'today');
  const rows = [...readFileSync(join(FIXTURES, 'README.md'), 'utf8').matchAll(/^\| `([\w.-]+)` \| [^|]+ \| [^|]+ \| `([\w-]+)`/gm)].map((m) => [m[1]!, m[2]!] as const);

  it('lists every fixture directory in its README, and no other', () => {
    const dirs = readdirSync(FIXTURES, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);
    expect(rows.map(([fixture]) => fixture).sort()).toEqual(dirs.sort());
  });

  it.each(rows)('%s lands on %s, an ending of the today book its own README names', (fixture, node) => {
    expect(['doom', 'ready']).toContain(todayNodes[node]?.kind);
    expect(readFileSync(join(FIXTURES, fixture, 'README.md'), 'utf8')).toContain(`\`${node}\``);
  });
});
