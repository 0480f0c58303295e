import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/index.ts';
import { splitLines } from '../../src/why/lines.ts';
import { buildMatchers } from '../../src/why/matchers.ts';
import { rank } from '../../src/why/rank.ts';
import { createScanner, scan } from '../../src/why/scan.ts';

const content = readContent();
const matchers = buildMatchers(content);
const whyOf = (text: string) => {
  const scanner = createScanner(matchers);
  for (const line of text.split('\n')) scanner.push(line);
  return rank(scanner.result().findings.values(), content);
};

describe('every symptom in the content', () => {
  const cases = [...content.values()].flatMap((words) => words.symptoms.flatMap((symptom) => [symptom.line, ...symptom.variants].map((text) => [words.id, text] as const)));
  it.each(cases)('%s ← %s', (node, text) => {
    expect(whyOf(text).map((match) => match.id)).toContain(node);
  });
});

describe('realistic input', () => {
  it('sees through timestamps, journald prefixes, colour codes and case', () => {
    const [match] = whyOf('Oct 11 09:14:20 ip-10-0-1-17 dockerd[912]: \u001B[33mwarning: BRIDGE-NF-CALL-IPTABLES is disabled\u001B[0m');
    expect(match).toMatchObject({ id: 'bridge-netfilter', hits: [{ line: 1 }] });
    expect(match!.hits[0]!.text).not.toContain('\u001B');
  });

  it('finds a line a terminal wrapped, at the line it starts on', () => {
    const line = 'Oct 11 09:14:20 node dockerd[912]: WARNING: overlay: the backing xfs filesystem is formatted without d_type support, which leads to incorrect behavior.';
    const wrapped = [0, 60, 120].map((at) => line.slice(at, at + 60)).join('\n');
    expect(whyOf(`noise\n${wrapped}`)[0]).toMatchObject({ id: 'overlay-without-d-type-doom', hits: [{ line: 2 }] });
  });

  it('ranks dead ends above questions, and counts repeats', () => {
    const matches = whyOf('WARNING: bridge-nf-call-iptables is disabled\nStorage Driver: aufs\nStorage Driver: aufs');
    expect(matches.map((match) => match.id)).toEqual(['aufs-doom', 'bridge-netfilter']);
    expect(matches[0]!.count).toBe(2);
  });

  it('reads a whole docker info and finds every problem in it', () => {
    const info = readFileSync('test/fixtures/hosts/centos71-devicemapper-loopback/commands/docker_info', 'utf8');
    expect(whyOf(info).map((match) => match.id).sort()).toEqual(['bridge-netfilter', 'devicemapper-loopback-doom']);
  });

  it('finds every symptom in a noisy node log, on its line, and nothing else', async () => {
    const expected = JSON.parse(readFileSync('test/fixtures/logs/noisy-node.expected.json', 'utf8')) as { node: string; line: number }[];
    const { lines, findings } = await scan(splitLines((async function* () { yield readFileSync('test/fixtures/logs/noisy-node.log'); })()), matchers);
    expect(lines).toBeGreaterThan(400);
    const found = [...findings.values()].flatMap((finding) => finding.hits.map((hit) => `${finding.node}@${hit.line}`)).sort();
    expect(found).toEqual(expected.map(({ node, line }) => `${node}@${line}`).sort());
  });

  it('matches nothing in ordinary log lines', () => {
    expect(whyOf('Oct 11 09:14:20 node systemd[1]: Started Docker Application Container Engine.\nStorage Driver: overlay2\nkubelet: Successfully registered node')).toEqual([]);
  });
});

describe('splitLines', () => {
  it('keeps a UTF-8 character split across chunks whole, and caps endless lines', async () => {
    const euro = Buffer.from('a€b\n');
    const chunks = async function* () {
      yield euro.subarray(0, 2);
      yield euro.subarray(2);
      yield Buffer.alloc(200_000, 'x');
      yield Buffer.from('\nlast');
    };
    const lines: string[] = [];
    for await (const line of splitLines(chunks())) lines.push(line);
    expect(lines[0]).toBe('a€b');
    expect(lines[1]!.length).toBe(64 * 1024);
    expect(lines[2]).toBe('last');
  });
});
