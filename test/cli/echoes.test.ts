import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spawnBin } from '../helpers/spawn-bin.ts';

const dir = mkdtempSync(join(tmpdir(), 'k8s-echo-'));
const state = () => ({ XDG_STATE_HOME: mkdtempSync(join(tmpdir(), 'k8s-echo-state-')) });
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
const OSC_TITLE = '\u001B]0;PWNED\u0007';

describe('text from the user is shown sanitised, never raw', () => {
  it("plain mode does not echo an escape sequence it was piped: printf '\\033]0;PWNED\\007\\n' | k8s-adventure --plain", () => {
    const result = spawnBin(['--plain', '--no-probes'], `${OSC_TITLE}\nx\u001B[2J\u202Ey\n`, state());
    expect(result.stdout).not.toMatch(CONTROL);
    expect(result.stderr).not.toMatch(CONTROL);
    expect(result.stdout).toContain("'x<U+202E>y' is not a choice here");
  });

  it('plain mode cuts a long line it quotes back', () => {
    const result = spawnBin(['--plain', '--no-probes'], `${'z'.repeat(60_000)}\n`, state());
    expect(result.stdout).toMatch(/'z{59}…' is not a choice here/);
    // The echo of the line itself is cut too.
    expect(result.stdout).toMatch(/\]: z{199}…\n/);
    expect(result.stdout.length).toBeLessThan(10_000);
  });

  it('a non-JSON answers file is quoted sanitised', () => {
    const path = join(dir, 'title.json');
    writeFileSync(path, `${OSC_TITLE}\u001B[31m{`);
    const result = spawnBin(['run', '--answers', path]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^k8s-adventure: answers file '.*title\.json' is not valid JSON: /);
    expect(result.stderr.trimEnd()).not.toMatch(CONTROL);
  });

  it('an answers file named with escape sequences is named sanitised', () => {
    const result = spawnBin(['run', '--answers', `${dir}/\u001B[2J\u0007nope.json`]);
    expect(result.stderr).toMatch(/^k8s-adventure: cannot read answers file '.*\uFFFDnope\.json': no such file\n$/);
    expect(result.stderr.trimEnd()).not.toMatch(CONTROL);
  });

  it('an unknown choice of almost 1 MiB is cut in a short line, quickly', () => {
    const started = Date.now();
    const result = spawnBin(['run', '--answers', '-'], JSON.stringify({ 'host-os': `${OSC_TITLE}${'c'.repeat(1_000_000)}` }));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^k8s-adventure: 'c{59}…' is not a choice of question 'host-os'/);
    expect(result.stderr.length).toBeLessThan(400);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('an unknown question id is shown sanitised', () => {
    const result = spawnBin(['run', '--answers', '-'], JSON.stringify({ [`host\u202E-os${OSC_TITLE}`]: 'centos-7' }));
    expect(result.stderr).toMatch(/^k8s-adventure: unknown question 'host<U\+202E>-os' in the answers/);
    expect(result.stderr.trimEnd()).not.toMatch(CONTROL);
  });

  it('a --host-dir name is shown sanitised', () => {
    const result = spawnBin(['doctor', '--host-dir', `${dir}/no${OSC_TITLE}\u202Ehost`]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^k8s-adventure: --host-dir '.*no<U\+202E>host' does not exist\n$/);
  });
});
