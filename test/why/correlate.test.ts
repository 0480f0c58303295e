import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/index.ts';
import { correlate } from '../../src/why/correlate.ts';
import { CORRELATIONS, factIn } from '../../src/why/correlations.ts';
import { buildMatchers } from '../../src/why/matchers.ts';
import { rank } from '../../src/why/rank.ts';
import { createScanner } from '../../src/why/scan.ts';

const content = readContent();
const matchers = buildMatchers(content);
const whyOf = (...lines: string[]) => {
  const scanner = createScanner(matchers);
  for (const line of lines) scanner.push(line);
  return rank(correlate(scanner.result()).values(), content);
};

const WARNING = 'I1011 09:14:20.118611    1833 proxier.go:205] missing br-netfilter module or unset br-nf-call-iptables; proxy may not work as intended';

describe('why reads a log as a whole', () => {
  it("kube-proxy's warning beside docker's 'bridge-nf-call-iptables is disabled' is the netfilter doom, ranked first", () => {
    const matches = whyOf(WARNING, 'WARNING: bridge-nf-call-iptables is disabled');
    expect(matches[0]).toMatchObject({ id: 'bridge-netfilter-ignored-doom', kind: 'doom', means: 'kube-proxy warns, and bridge-nf-call-iptables really is not 1 (line 2)' });
    expect(matches[0]!.hits.map((hit) => hit.line)).toEqual([1, 2]);
    expect(matches.map((match) => match.id)).not.toContain('kube-proxy-br-netfilter-warning');
  });

  it('in either order, and with sysctl saying 0 or that the key is missing', () => {
    expect(whyOf('WARNING: bridge-nf-call-iptables is disabled', WARNING)[0]!.id).toBe('bridge-netfilter-ignored-doom');
    expect(whyOf(WARNING, 'net.bridge.bridge-nf-call-iptables = 0')[0]!.id).toBe('bridge-netfilter-ignored-doom');
    expect(whyOf(WARNING, 'sysctl: cannot stat /proc/sys/net/bridge/bridge-nf-call-iptables: No such file or directory').map((m) => m.id)).toContain('bridge-netfilter-ignored-doom');
  });

  it('with the value at 1, the warning is the false positive, and says which line shows it', () => {
    const matches = whyOf(WARNING, 'net.bridge.bridge-nf-call-iptables = 1');
    expect(matches).toHaveLength(1);
    expect(matches[0]).toMatchObject({ id: 'kube-proxy-br-netfilter-warning', means: expect.stringMatching(/false positive: bridge-nf-call-iptables is 1 .*\(line 2\)$/) });
  });

  it('alone, the warning keeps its own meaning', () => {
    expect(whyOf(WARNING).map((m) => m.id)).toEqual(['kube-proxy-br-netfilter-warning']);
  });

  it('doctor and why judge by the same rule', () => {
    const rule = CORRELATIONS.find((candidate) => candidate.id === 'kube-proxy-br-netfilter')!;
    expect(rule.judge('1').node).toBe('kube-proxy-br-netfilter-warning');
    expect(rule.judge('0').node).toBe('bridge-netfilter-ignored-doom');
    expect(rule.judge('missing').node).toBe('bridge-netfilter-ignored-doom');
    expect(factIn('net.bridge.bridge-nf-call-iptables = 1')).toEqual({ fact: 'bridge-nf-call-iptables', value: '1' });
  });
});
