import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Terminal } from '../helpers/tmux.ts';

const terminals: Terminal[] = [];
const open = (args: string[], env: Record<string, string>, size: { width: number; height: number }) => {
  const terminal = new Terminal(args, env, size);
  terminals.push(terminal);
  return terminal;
};
afterEach(() => {
  for (const terminal of terminals.splice(0)) terminal.close();
});

const state = () => ({ XDG_STATE_HOME: mkdtempSync(join(tmpdir(), 'k8s-e2e-')) });

/** The aws.go:2731 line exactly as content/wordings.yaml quotes it: what a user pastes from the controller's log. */
const AWS_LINE = /text: '(aws\.go:2731\][^']*)'/.exec(readFileSync('content/wordings.yaml', 'utf8'))![1]!;
const FIX_COMMAND = 'aws ec2 delete-tags --resources "$MASTER_SECURITY_GROUP_ID" --tags Key=KubernetesCluster';
const FORK = "QUESTION How many of each instance's security groups are tagged?";

/** The rows of the pane that hold part of `text`'s first 20 characters: where a command starts. */
const rowsStarting = (screen: string, text: string) => screen.split('\n').filter((row) => row.includes(text.slice(0, 20)));

describe('from a symptom to its fix, with a way back from the doom (tmux)', () => {
  it.each([
    { width: 80, height: 24 },
    { width: 110, height: 35 },
  ])('why → Enter → b → the fork → the fix, its command never split across rows, at $width×$height', async (size) => {
    const terminal = open(['why'], { ...state() }, size);
    await terminal.waitFor('paste an error, a warning or a log');
    terminal.type(AWS_LINE);
    await terminal.waitFor('An instance in two tagged security groups');
    await terminal.press('Enter');
    const doom = await terminal.waitFor('DOOM An instance in two tagged security groups');
    expect(doom).toContain('b back to the fork');
    await terminal.press('b');
    await terminal.waitFor(FORK);
    // A digit takes its choice at once: no Enter after it.
    await terminal.press('3');
    const fix = await terminal.waitFor("FIX Take the tag off the masters' security group");
    const rows = rowsStarting(fix, FIX_COMMAND);
    expect(rows).toHaveLength(1);
    const row = rows[0]!.trim();
    if (FIX_COMMAND.length + 2 < size.width) {
      // Room for the whole command: it is on one row, as it pastes.
      expect(row).toBe(FIX_COMMAND);
    } else {
      // No room: cut at the edge with a marker, never continued on the next row; → shows the rest.
      expect(row.endsWith('›')).toBe(true);
      expect(FIX_COMMAND.startsWith(row.slice(0, -1))).toBe(true);
      const next = fix.split('\n')[fix.split('\n').indexOf(rows[0]!) + 1] ?? '';
      expect(FIX_COMMAND).not.toContain(next.trim() || 'nothing on the next row');
      await terminal.press('Right');
      const moved = await terminal.waitFor('‹');
      expect(moved).toContain('--tags Key=KubernetesCluster');
    }
  });

  it('r at a deep-linked doom starts at the beginning, not at the doom again', async () => {
    const terminal = open(['--no-probes', '--start-at', 'multiple-tagged-security-groups-doom'], state(), { width: 110, height: 35 });
    await terminal.waitFor('DOOM An instance in two tagged security groups');
    await terminal.waitFor('r     Start over from the beginning');
    await terminal.press('r');
    await terminal.waitFor('QUESTION Bringing up a Kubernetes node');
  });

  it('a digit takes its choice at once, at 80×24', async () => {
    const terminal = open(['--no-probes', '--start-at', 'storage-driver'], state(), { width: 80, height: 24 });
    const question = await terminal.waitFor("QUESTION Pick Docker's storage driver");
    expect(question).toContain('1-5 take');
    await terminal.press('4');
    await terminal.waitFor('QUESTION Overlay prerequisite: CentOS 7.2 or later');
  });

  it("plain mode's way back from a deep-linked doom", async () => {
    const terminal = open(['--no-probes', '--start-at', 'multiple-tagged-security-groups-doom'], { TERM: 'dumb', ...state() }, { width: 80, height: 24 });
    await terminal.waitFor('At an ending. b back to the fork, w report, r restart, q quit:');
    const doom = terminal.screen({ history: true, joined: true });
    expect(doom).toContain("b Back to the fork: How many of each instance's security groups are tagged? [security-group-tags]");
    // The fix's command whole on one line: plain mode never breaks a line of code.
    expect(doom.split('\n').some((line) => line.trim() === FIX_COMMAND)).toBe(true);
    await terminal.press('b', 'Enter');
    await terminal.waitFor("== QUESTION: How many of each instance's security groups are tagged? (security-group-tags) ==", { history: true, joined: true });
    await terminal.waitFor('Choice [1-5, or b, p N, r, q, ?]:');
  });

  it.each([
    { width: 80, height: 24 },
    { width: 80, height: 19 },
  ])('with peek open at $width×$height the question title stays on screen', async (size) => {
    const terminal = open(['--no-probes', '--start-at', 'storage-driver'], state(), size);
    await terminal.waitFor("QUESTION Pick Docker's storage driver");
    await terminal.press('p');
    const peek = await terminal.waitFor('Peek: leads to DOOM');
    expect(peek).toContain("QUESTION Pick Docker's storage driver (storage-driver)");
    expect(peek).toContain('q quit');
  });
});
