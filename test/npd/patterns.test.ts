import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/content/index.ts';
import { LOG_SOURCES, SYMPTOM_SOURCES } from '../../src/npd/log-sources.ts';
import { npdMonitorConfigs } from '../../src/npd/monitor-configs.ts';
import { npdPattern, pascalCase } from '../../src/npd/pattern.ts';
import { compileForNpd, journalEntry, npdMatches } from './npd-match.ts';

const content = readContent();
const configs = npdMonitorConfigs(content);
const configOf = (sourceId: string) => configs.find(({ file }) => file === `${sourceId}-monitor.json`)!.config;

/** Every (source, symptom) pair the export should hold a rule for, with the texts the symptom quotes. */
const cases = SYMPTOM_SOURCES.flatMap((entry) => {
  if (!('sources' in entry)) return [];
  const symptom = content.get(entry.node)!.symptoms.find((candidate) => candidate.line === entry.line)!;
  return entry.sources.map((source) => ({ source, node: entry.node, symptom, texts: [symptom.line, ...symptom.variants] }));
});

/** How the quoted text reaches the journal: bare, after a klog header, inside a logrus message. */
const asLogged = (text: string) => [
  text,
  `E1011 09:31:02.000112    1021 somefile.go:42] ${text}`,
  `time="2016-10-11T09:20:01Z" level=warning msg="${text.replace(/"/g, '\\"')}"`,
];
const noise = ['I1011 09:14:30.136517     914 proxier.go:632] Adding new service "kube-system/kube-dns:dns" at 10.96.0.10:53/UDP', 'Started Session 15 of user centos.'];

describe('export --format npd: every pattern under RE2, as node-problem-detector runs it', () => {
  it('has a rule for every logged symptom, in the config of each source that logs it', () => {
    for (const { source, node, symptom } of cases) {
      expect(configOf(source).rules.filter((rule) => rule.reason === pascalCase(node) && rule.pattern === npdPattern(symptom)), `${source}: ${symptom.line}`).toHaveLength(1);
    }
    expect(configs.reduce((total, { config }) => total + config.rules.length, 0)).toBe(cases.length);
  });

  it.each(cases.map((entry) => [entry.source, entry.symptom.line, entry] as const))('%s: %s', (_source, _line, { source, symptom, texts }) => {
    const { rules, bufferSize } = configOf(source);
    const pattern = npdPattern(symptom);
    expect(rules.map((rule) => rule.pattern)).toContain(pattern);
    // Go's RE2 has no lookaround and no backreferences; both engines would refuse to compile them anyway.
    expect(pattern).not.toMatch(/\(\?<?[=!]|\\[1-9]/);
    expect(() => compileForNpd(pattern)).not.toThrow();
    for (const text of texts) {
      for (const message of asLogged(text)) {
        expect(npdMatches(pattern, bufferSize, message, noise), message).toBe(true);
        // NPD tests the buffer after every message: once a newer line arrives, this one must not fire again.
        expect(npdMatches(pattern, Math.max(bufferSize, 2), noise[0]!, [message]), `${message} then noise`).toBe(false);
      }
    }
  });

  it('tells RE2 and NPD anchoring apart: a pattern that stops short of the end of the line does not fire', () => {
    expect(npdMatches('cni config uninitialized', 1, 'message: cni config uninitialized (retrying)')).toBe(false);
    expect(npdMatches('(?im)(?:cni config uninitialized).*', 1, 'message: cni config uninitialized (retrying)')).toBe(true);
    expect(() => compileForNpd('(?=cni)cni')).toThrow(/invalid|unsupported/);
    expect(() => compileForNpd('(a)\\1')).toThrow(/invalid escape/);
  });
});

describe('export --format npd over a noisy node log, as NPD would see it through journald', () => {
  const expected = JSON.parse(readFileSync('test/fixtures/logs/noisy-node.expected.json', 'utf8')) as { node: string; line: number }[];
  const linesOf = (node: string) => new Set(expected.filter((entry) => entry.node === node).map((entry) => entry.line));
  const entries = readFileSync('test/fixtures/logs/noisy-node.log', 'utf8').split('\n').map(journalEntry);
  const allRules = configs.flatMap(({ config }) => config.rules.map((rule) => ({ rule, bufferSize: config.bufferSize })));

  it('fires no rule on a line that belongs to another node, whatever unit wrote it', () => {
    const strays: string[] = [];
    entries.forEach(({ message }, index) => {
      for (const { rule, bufferSize } of allRules) {
        const owner = expected.find((entry) => pascalCase(entry.node) === rule.reason)?.node;
        if (npdMatches(rule.pattern, bufferSize, message) && !(owner && linesOf(owner).has(index + 1))) strays.push(`${rule.reason} fired on line ${index + 1}: ${message}`);
      }
    });
    expect(strays).toEqual([]);
  });

  it('raises these problems when each line goes only to the config of the unit that wrote it', () => {
    const raised: string[] = [];
    entries.forEach(({ identifier, message }, index) => {
      for (const { config } of configs) {
        if (config.pluginConfig?.source !== identifier) continue;
        for (const rule of config.rules) if (npdMatches(rule.pattern, config.bufferSize, message)) raised.push(`${index + 1} ${identifier} ${rule.type} ${rule.reason}`);
      }
    });
    expect(raised).toEqual([
      '61 docker-storage-setup permanent DevicemapperLoopbackDoom',
      '100 dockerd permanent OverlaySelinuxEnabledDoom',
      '148 kube-proxy temporary KubeProxyBrNetfilterWarning',
      '165 kubelet permanent CniBinariesMissingDoom',
      '176 kubelet permanent CniLoopbackMissingDoom',
      '186 kubelet permanent CniOldFlagsDoom',
      '207 kubelet permanent MissingDependenciesDoom',
      '223 kube-controller-manager temporary MultipleTaggedSecurityGroupsDoom',
      '232 kube-controller-manager temporary UntaggedSecurityGroupsDoom',
    ]);
  });

  it('knows every journald identifier the fixture log writes under that it has rules for', () => {
    const identifiers = new Set(entries.flatMap(({ identifier }) => (identifier ? [identifier] : [])));
    const watched = LOG_SOURCES.flatMap((source) => (source.watcher.plugin === 'journald' && identifiers.has(source.watcher.identifier) ? [source.id] : []));
    expect(watched.sort()).toEqual(['dockerd', 'kube-controller-manager', 'kube-proxy', 'kubelet', 'docker-storage-setup'].sort());
  });
});
