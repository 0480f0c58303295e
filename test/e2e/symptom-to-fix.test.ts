import { spawnSync } from 'node:child_process';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { fixtureDir } from '../helpers/fixtures.ts';
import { BIN, spawnBin } from '../helpers/spawn-bin.ts';

/**
 * From symptom to fix, as a user meets it, through the built bin (`npm run build` first): doctor names the root
 * and prints the fixes, why reads a log as a whole and always offers a next step.
 */
const LOOPBACK = fixtureDir('centos71-devicemapper-loopback');
const PROXIER = 'Oct 11 09:14:20 ip-10-0-1-17 kube-proxy[1833]: W1011 09:14:20.118611    1833 proxier.go:205] missing br-netfilter module or unset br-nf-call-iptables; proxy may not work as intended';
const DOCKER = 'WARNING: bridge-nf-call-iptables is disabled';

/** The bin under a pseudo-terminal of `columns` (util-linux script), as a user at a terminal runs it. */
function onTerminal(args: string[], env: NodeJS.ProcessEnv, columns = 70): string {
  const quoted = [process.execPath, BIN, ...args].map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
  const result = spawnSync('script', ['-qec', `stty cols ${columns}; ${quoted}`, '/dev/null'], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 30_000 });
  return result.stdout.replace(/\r\n/g, '\n');
}

describe('doctor on the CentOS 7.1 loopback host', () => {
  it('names the CentOS release as the root, first, and prints the fixes with their commands', () => {
    const result = spawnBin(['doctor', '--host-dir', LOOPBACK]);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[2]).toMatch(/^Fix first: Overlay on CentOS 7\.0 or 7\.1 \(centos-too-old-doom\); the fix is .* \(latest-centos-ami\)/);
    const problems = lines.filter((line) => /^\d+\. /.test(line));
    expect(problems[0]).toMatch(/^1\. ✗ fail Overlay on CentOS 7\.0 or 7\.1 \(doom: centos-too-old-doom\)/);
    expect(problems[1]).toMatch(/^2\. ✗ fail devicemapper on loop devices \(doom: devicemapper-loopback-doom\)/);
    // The two probes that see loop devices are one problem, each "caused by".
    const second = result.stdout.slice(result.stdout.indexOf('\n2. '), result.stdout.indexOf('\n3. '));
    expect(second).toMatch(/caused by ✗ fail docker-storage-driver: /);
    expect(second).toMatch(/caused by ✗ fail docker-storage-setup: /);
    // The fixes: the update for the release, the overlay switch for CentOS only (os-release said CentOS).
    expect(result.stdout).toMatch(/\n {3}fix: Start from the newest official CentOS 7 image, and update it \(latest-centos-ami\)\n(?:.*\n)*?yum update -y\n/);
    expect(result.stdout).toContain("\nsed -i 's/--selinux-enabled *//' /etc/sysconfig/docker\n");
    expect(result.stdout).not.toContain('/etc/default/docker');
    // Passes are folded into the counts.
    expect(result.stdout).toMatch(/\n10 pass, 2 warn, 5 fail, 0 unknown, 4 n\/a \(--verbose lists the passes and n\/a\)\n$/);
  });

  it('--json carries the problems, root first, with their fixes', () => {
    const report = JSON.parse(spawnBin(['doctor', '--host-dir', LOOPBACK, '--json']).stdout) as { problems: { node: string; causes: string[]; fix: { kind: string; id: string; blocks: { commands: string[] }[] }[] }[] };
    expect(report.problems.map((problem) => problem.node)).toEqual(['centos-too-old-doom', 'devicemapper-loopback-doom', 'enable-overlay', 'overlay-selinux-enabled-doom', 'kube-proxy-br-netfilter-warning']);
    expect(report.problems[1]!.causes).toEqual(['docker-storage-driver', 'docker-storage-setup']);
    expect(report.problems[0]!.fix[0]!.blocks.flatMap((block) => block.commands)).toContain('yum update -y');
  });

  it('--format junit is well-formed JUnit: one suite per chapter, failures with their fix, unknown and n/a skipped', () => {
    const result = spawnBin(['doctor', '--host-dir', LOOPBACK, '--format', 'junit']);
    expect(result.code).toBe(1);
    expect(XMLValidator.validate(result.stdout)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'testsuite' || name === 'testcase' }).parse(result.stdout) as {
      testsuites: { '@_tests': string; '@_failures': string; testsuite: { '@_name': string; testcase: { '@_name': string; failure?: { '#text': string }; skipped?: unknown }[] }[] };
    };
    expect(parsed.testsuites['@_tests']).toBe('21');
    expect(parsed.testsuites['@_failures']).toBe('5');
    expect(parsed.testsuites.testsuite.map((suite) => suite['@_name'])).toEqual(['Host OS', 'Docker storage driver', 'Bridge netfilter', 'SELinux', 'CNI', 'Other dependencies', 'AWS']);
    const release = parsed.testsuites.testsuite[0]!.testcase.find((c) => c['@_name'] === 'centos-release')!;
    expect(release.failure!['#text']).toContain('yum update -y');
    expect(parsed.testsuites.testsuite.at(-1)!.testcase.every((c) => c.skipped !== undefined)).toBe(true);
  });

  it('--format markdown puts each fix in a fenced block', () => {
    const result = spawnBin(['doctor', '--host-dir', LOOPBACK, '--format', 'markdown']);
    expect(result.stdout).toMatch(/^# k8s-adventure doctor\n/);
    expect(result.stdout).toMatch(/## 1\. ✗ fail: Overlay on CentOS 7\.0 or 7\.1 \(`centos-too-old-doom`\)/);
    expect(result.stdout).toMatch(/ {2}```sh\n(?: {2}.*\n)* {2}yum update -y\n {2}```/);
  });
});

describe('colour only on a terminal', () => {
  it('colours and wraps to the width on a terminal; none with NO_COLOR, --no-color, or in a pipe', () => {
    const coloured = onTerminal(['doctor', '--host-dir', LOOPBACK], { NO_COLOR: '' });
    expect(coloured).toContain('\u001B[31m✗ fail\u001B[39m');
    // Prose wraps to 70 columns with a hanging indent; commands are never broken.
    // The header names the host's path, which is not prose and cannot wrap (its length is where the clone is).
    const prose = coloured.replace(/\u001B\[[0-9;]*m/g, '').split('\n').filter((line) => !/^(aws|yum|echo|grep|sed) /.test(line) && !line.includes(LOOPBACK));
    expect(Math.max(...prose.map((line) => line.length))).toBeLessThanOrEqual(70);
    expect(coloured).toMatch(/\n {2}\S.*\(latest-centos-ami\)\. 4 more problems below, root first\./);
    expect(coloured.replace(/\u001B\[[0-9;]*m/g, '')).toContain('\nyum update -y\n');
    for (const plain of [onTerminal(['doctor', '--host-dir', LOOPBACK], { NO_COLOR: '1' }), onTerminal(['doctor', '--host-dir', LOOPBACK, '--no-color'], { NO_COLOR: '' })]) {
      expect(plain).toContain('✗ fail');
      expect(plain).not.toMatch(/\u001B\[/);
    }
    expect(spawnBin(['doctor', '--host-dir', LOOPBACK], '', { NO_COLOR: '' }).stdout).not.toMatch(/\u001B\[/);
  });
});

describe('why reads a log as a whole', () => {
  it("ranks the netfilter doom first for kube-proxy's proxier.go:205 warning beside docker's bridge-nf-call-iptables warning", () => {
    for (const log of [`${PROXIER}\n${DOCKER}\n`, `${DOCKER}\nsome other line\n${PROXIER}\n`]) {
      const result = spawnBin(['why', '-'], log);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/\n\n1\. Bridged traffic bypasses netfilter \(doom: bridge-netfilter-ignored-doom\)\n/);
      expect(result.stdout).toContain('kube-proxy warns, and bridge-nf-call-iptables really is not 1');
      expect(result.stdout).not.toContain('kube-proxy-br-netfilter-warning');
      expect(result.stdout).toContain('\nsysctl -p /etc/sysctl.d/90-bridge-netfilter.conf\n');
    }
  });

  it('free text "ClusterIP unreachable after reboot" offers the netfilter chapter, exit 1', () => {
    const result = spawnBin(['why', 'ClusterIP unreachable after reboot']);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^k8s-adventure why: nothing in 1 line matches a known symptom\n\nThe closest nodes by their words/);
    expect(result.stdout).toMatch(/\n1\. Echoing into \/proc does not survive a reboot \(doom: echo-to-proc-doom\)\n/);
    expect(result.stdout).toContain('\n   chapter Bridge netfilter: k8s-adventure --start-at bridge-netfilter\n');
  });
});
