import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/headless/answers.ts';
import { walkAnswers } from '../../src/headless/answer-session.ts';
import { nodesOfKind } from '../helpers/graph.ts';
import { runCli } from '../helpers/run-cli.ts';
import { spawnBin } from '../helpers/spawn-bin.ts';

interface PathsJson {
  version: number;
  from: string;
  paths: { answers: Record<string, string>; ending: { id: string; kind: string } }[];
}

const listed = JSON.parse(spawnBin(['paths', '--json']).stdout) as PathsJson;

describe('k8s-adventure paths', () => {
  it('lists a path to every ending', () => {
    const endings = new Set(listed.paths.map((path) => path.ending.id));
    expect(nodesOfKind('doom', 'ready').filter((node) => !endings.has(node.id))).toEqual([]);
  });

  it('replays every listed path, as an answers file, to the ending it names', async () => {
    expect(listed.paths.length).toBeGreaterThan(100);
    // Every path through the answers parser and the walk `run` uses; one in 25 through `run` itself, exit code
    // included (the whole set through `run` takes ten seconds).
    listed.paths.forEach((path) => {
      expect(walkAnswers(parseAnswers(JSON.stringify(path.answers), 'listed')).ending.id, JSON.stringify(path.answers)).toBe(path.ending.id);
    });
    for (const path of listed.paths.filter((_, index) => index % 25 === 0)) {
      const result = await runCli(['run', '--answers', '-', '--json'], JSON.stringify(path.answers));
      const ending = (JSON.parse(result.stdout) as { ending: { id: string } }).ending.id;
      expect(ending, JSON.stringify(path.answers)).toBe(path.ending.id);
      expect(result.code).toBe(path.ending.kind === 'doom' ? 1 : 0);
    }
  });

  it('lists paths from a deep link with --start-at', async () => {
    const result = await runCli(['paths', '--start-at', 'bridge-netfilter']);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^doom\s+bridge-netfilter-ignored-doom\s+bridge-netfilter=ignore-warnings$/);
    expect(lines.every((line) => !line.includes('start='))).toBe(true);
  });
});
