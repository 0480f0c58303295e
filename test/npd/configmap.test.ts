import { readFileSync } from 'node:fs';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readContent, type ContentLibrary } from '../../src/content/index.ts';
import { npdConfigMap } from '../../src/npd/configmap.ts';
import { LOG_SOURCES } from '../../src/npd/log-sources.ts';
import { npdMonitorConfigs, ruleType } from '../../src/npd/monitor-configs.ts';
import { spawnBin } from '../helpers/spawn-bin.ts';

const content = readContent();
const text = npdConfigMap(content);
const configMap = parse(text) as { data: Record<string, string> };

/**
 * The JSON keys NPD's Go structs read (kubernetes/node-problem-detector v1.36.0): MonitorConfig and WatcherConfig,
 * Rule, Condition. encoding/json ignores any other key silently, so a misspelt one would be lost without a word.
 */
const MONITOR_KEYS = ['plugin', 'pluginConfig', 'skipList', 'logPath', 'lookback', 'delay', 'bufferSize', 'source', 'conditions', 'rules', 'metricsReporting'];
const RULE_KEYS = ['type', 'condition', 'reason', 'pattern', 'patternGeneratedMessageSuffix'];
const CONDITION_KEYS = ['type', 'reason', 'message'];
const extraKeys = (value: object, allowed: string[]) => Object.keys(value).filter((key) => !allowed.includes(key));

describe('export --format npd: the ConfigMap', () => {
  it('holds each config exactly as npdMonitorConfigs builds it, once read back as YAML', () => {
    expect(Object.fromEntries(Object.entries(configMap.data).map(([file, json]) => [file, JSON.parse(json)]))).toEqual(
      Object.fromEntries(npdMonitorConfigs(content).map(({ file, config }) => [file, config])),
    );
    expect(Object.values(configMap.data).every((json) => json.endsWith('}\n'))).toBe(true);
  });

  it('is a valid ConfigMap for the Kubernetes API', () => {
    expect(() => new ConfigMap(configMap as never).validate()).not.toThrow();
    expect(() => new ConfigMap({ metadata: { name: 'x' }, data: { a: 1 } } as never).validate()).toThrow(/must be string/);
  });

  it('holds one NPD log-monitor config per key, in the shape NPD reads', () => {
    const files = Object.keys(configMap.data);
    expect(files).toEqual(['kubelet-monitor.json', 'kube-proxy-monitor.json', 'dockerd-monitor.json', 'dockerd-current-monitor.json', 'docker-storage-setup-monitor.json', 'containerd-monitor.json', 'kube-controller-manager-monitor.json']);
    const conditionTypes: string[] = [];
    for (const file of files) {
      const config = JSON.parse(configMap.data[file]!);
      expect(extraKeys(config, MONITOR_KEYS), file).toEqual([]);
      expect(config).toMatchObject({ plugin: 'journald', logPath: '/var/log/journal', pluginConfig: { source: expect.stringMatching(/^[a-z][a-z-]+$/) } });
      for (const condition of config.conditions) expect(extraKeys(condition, CONDITION_KEYS), file).toEqual([]);
      conditionTypes.push(...config.conditions.map((condition: { type: string }) => condition.type));
      for (const rule of config.rules) {
        expect(extraKeys(rule, RULE_KEYS), file).toEqual([]);
        expect(rule.reason).toMatch(/^[A-Z][A-Za-z0-9]*$/);
        expect(['temporary', 'permanent']).toContain(rule.type);
        // A permanent rule changes a condition this config declares (log_monitor.go, generateStatus).
        if (rule.type === 'permanent') expect(config.conditions.map((condition: { type: string }) => condition.type)).toContain(rule.condition);
        expect(rule.patternGeneratedMessageSuffix).toMatch(/ Walk through it: k8s-adventure --start-at [a-z0-9-]+$/);
      }
    }
    // Each NPD monitor reports all of its conditions with every status: two sharing a type would overwrite each other.
    expect(new Set(conditionTypes).size).toBe(conditionTypes.length);
  });

  it('is what deploy/kubernetes/npd/configmap.yaml holds (regenerate it with export --format npd --out)', () => {
    expect(readFileSync('deploy/kubernetes/npd/configmap.yaml', 'utf8')).toBe(text);
  });

  it('is what the CLI prints, and --chapter does not apply to it', () => {
    expect(spawnBin(['export', '--format', 'npd'])).toMatchObject({ code: 0, stdout: text, stderr: '' });
    expect(spawnBin(['export', '--format', 'npd', '--chapter', 'cni'])).toMatchObject({ code: 2, stdout: '' });
  });
});

describe('which rules are permanent', () => {
  const kubelet = LOG_SOURCES.find((source) => source.id === 'kubelet')!;
  const controllerManager = LOG_SOURCES.find((source) => source.id === 'kube-controller-manager')!;

  it('makes a doom logged on the node itself a condition, and everything else an event', () => {
    expect(ruleType('doom', kubelet)).toBe('permanent');
    expect(ruleType('info', kubelet)).toBe('temporary');
    expect(ruleType('question', kubelet)).toBe('temporary');
    expect(ruleType('doom', controllerManager)).toBe('temporary');
  });

  it('writes a kmsg config, with no journald source, for a symptom of the kernel log', () => {
    const words = content.get('sysctl-conf-doom')!;
    const library: ContentLibrary = new Map([['sysctl-conf-doom', { ...words, symptoms: [{ line: 'br_netfilter: module verification failed', variants: [], means: 'a test symptom.' }] }]]);
    const [kernel] = npdMonitorConfigs(library, [{ node: 'sysctl-conf-doom', line: 'br_netfilter: module verification failed', sources: ['kernel'] }]);
    expect(kernel).toEqual({
      file: 'kernel-monitor.json',
      config: expect.objectContaining({ plugin: 'kmsg', logPath: '/dev/kmsg', conditions: [expect.objectContaining({ type: 'KernelSetupProblem' })], rules: [expect.objectContaining({ type: 'permanent', condition: 'KernelSetupProblem', reason: 'SysctlConfDoom' })] }),
    });
    expect(kernel!.config).not.toHaveProperty('pluginConfig');
  });
});
