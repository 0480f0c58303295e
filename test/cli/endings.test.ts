import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { allPaths, type GraphPath } from '../../machines/index.ts';
import { fixCommands, readContent } from '../../src/content/index.ts';
import type { Transcript } from '../../src/headless/transcript.ts';
import { walkAnswers } from '../../src/headless/answer-session.ts';
import { parseAnswers } from '../../src/headless/answers.ts';
import { hostOsOf } from '../../src/script/host-os.ts';
import { nodesOfKind } from '../helpers/graph.ts';
import { runCli } from '../helpers/run-cli.ts';

const paths = [...allPaths()];
const answersOf = (path: { answers: readonly { question: string; choice: string }[] }) => Object.fromEntries(path.answers.map(({ question, choice }) => [question, choice]));
const shortest = (candidates: GraphPath[]) => candidates.reduce((a, b) => (b.answers.length < a.answers.length ? b : a));

async function runPath(path: { answers: readonly { question: string; choice: string }[] }): Promise<{ code: number; transcript: Transcript }> {
  const result = await runCli(['run', '--answers', '-', '--json'], JSON.stringify(answersOf(path)));
  expect(result.stderr).toBe('');
  return { code: result.code, transcript: JSON.parse(result.stdout) as Transcript };
}

describe('every dead end, through the headless runner', () => {
  it.each(nodesOfKind('doom').map((node) => node.id))('%s: exit 1, its text, and the fork to go back to', async (doom) => {
    const { code, transcript } = await runPath(shortest(paths.filter((path) => path.ending === doom)));
    expect(code).toBe(1);
    expect(transcript.ending).toMatchObject({ id: doom, kind: 'doom', commands: [] });
    expect(transcript.ending.text).toContain('What happens');
    expect(transcript.ending.text).toContain('The way back');
    const lastQuestion = transcript.steps.filter((step) => step.answer !== null).at(-1)!;
    expect(transcript.ending.backTo).toBe(lastQuestion.id);
    expect(transcript.ending.forks!.map((fork) => fork.id)).toEqual([lastQuestion.id]);
    expect(transcript.ending.fix!.every((fix) => fix.fork === lastQuestion.id)).toBe(true);
  });
});

describe('every fix, through the headless runner', () => {
  const content = readContent();
  // Each ready path's fixes, walked once for every fix's test.
  const readyWalks = paths.filter((path) => path.ending === 'ready').map((path) => ({ path, nodes: new Set(walkAnswers(parseAnswers(JSON.stringify(answersOf(path)), 'a path')).steps.map((s) => s.node.id)) }));
  it.each(nodesOfKind('fix').map((node) => node.id))('%s: applied on the way to ready, its commands in the plan', async (fix) => {
    const through = readyWalks.filter((walk) => walk.nodes.has(fix)).map((walk) => walk.path);
    const { code, transcript } = await runPath(shortest(through));
    expect(code).toBe(0);
    expect(transcript.ending.id).toBe('ready');
    expect(transcript.steps.map((step) => step.id)).toContain(fix);
    // The plan lists the blocks for the walk's host OS (all of them when the walk never chose one).
    const hostOs = hostOsOf(transcript.steps.flatMap((step) => (step.id === 'host-os' && step.answer ? [{ question: step.id, choice: step.answer }] : [])));
    const commands = fixCommands(content.get(fix)!.markdown, hostOs);
    expect(commands.length).toBeGreaterThan(0);
    for (const command of commands) expect(transcript.ending.commands).toContain(command);
    expect(transcript.ending.text).toContain(content.get(fix)!.title);
  });
});

describe('the ready ending', () => {
  it('lists every decision and every fix command in the order they were met', async () => {
    const answers = JSON.parse(readFileSync('examples/centos-on-aws.json', 'utf8')) as Record<string, string>;
    const path = { answers: Object.entries(answers).map(([question, choice]) => ({ question, choice })), ending: 'ready' };
    const { transcript } = await runPath(path);
    const text = transcript.ending.text;
    const decisionLines = path.answers.map(({ question, choice }) => text.indexOf(`(${question}: ${choice})`));
    expect(decisionLines.every((index) => index >= 0)).toBe(true);
    expect([...decisionLines].sort((a, b) => a - b)).toEqual(decisionLines);
    const commands = transcript.ending.commands;
    expect(commands[0]).toMatch(/^aws --region us-west-2 ec2 describe-images/);
    expect(commands.indexOf('echo "overlay" > /etc/modules-load.d/overlay.conf')).toBeLessThan(commands.indexOf('systemctl reboot'));
    expect(commands.indexOf('yum install -y conntrack-tools socat bridge-utils')).toBeLessThan(commands.indexOf('systemctl reboot'));
    expect(commands.at(-1)).toMatch(/^aws ec2 delete-tags --resources "\$MASTER_SECURITY_GROUP_ID"/);

  });
});
