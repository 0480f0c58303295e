import { nodes, type NodeKind } from '../../machines/index.ts';
import type { ContentLibrary } from '../content/index.ts';
import { LOG_SOURCES, SYMPTOM_SOURCES, type LogSource, type SymptomSource } from './log-sources.ts';
import type { NpdMonitorConfig, NpdRule } from './monitor-config.ts';
import { npdPattern, pascalCase } from './pattern.ts';

/**
 * Permanent (a node condition that stays until NPD restarts) or temporary (an event).
 *
 * A doom is where the walk ends with a broken node, and nothing in the log will say it was fixed: when the line
 * comes from a component on that node, it sets the component's condition. A question or an info node is a warning
 * to check (kube-proxy's br-netfilter warning is a false positive on CentOS 7), and the controller manager writes
 * about other machines, so those are events.
 */
export const ruleType = (kind: NodeKind, source: LogSource): NpdRule['type'] => (kind === 'doom' && source.condition ? 'permanent' : 'temporary');

/** How long NPD reads back in the journal at start, as NPD's own configs do. */
const LOOKBACK = '5m';
/**
 * Every exported pattern is one line, so NPD needs to keep only the newest message: each line is then tested on its
 * own, once, instead of ten joined lines per rule (NPD's default is 10).
 */
const BUFFER_SIZE = 1;

export interface NamedConfig {
  /** The file name, and the ConfigMap key: `<source id>-monitor.json`. */
  file: string;
  config: NpdMonitorConfig;
}

/** One log-monitor config per source with at least one rule, in LOG_SOURCES order. */
export function npdMonitorConfigs(content: ContentLibrary, symptomSources: readonly SymptomSource[] = SYMPTOM_SOURCES): NamedConfig[] {
  return LOG_SOURCES.flatMap((source) => {
    const rules = rulesFor(source, content, symptomSources);
    if (!rules.length) return [];
    const permanent = rules.some((rule) => rule.type === 'permanent');
    const config: NpdMonitorConfig = {
      plugin: source.watcher.plugin,
      ...(source.watcher.plugin === 'journald' ? { pluginConfig: { source: source.watcher.identifier } } : {}),
      // The paths NPD's own configs use; its DaemonSet mounts the host's /var/log and /dev/kmsg there.
      logPath: source.watcher.plugin === 'journald' ? '/var/log/journal' : '/dev/kmsg',
      lookback: LOOKBACK,
      bufferSize: BUFFER_SIZE,
      source: `k8s-adventure-${source.id}-monitor`,
      metricsReporting: true,
      conditions:
        permanent && source.condition
          ? [{ type: source.condition, reason: `No${source.condition}`, message: `no k8s-adventure symptom in the log of ${source.component} since node-problem-detector started` }]
          : [],
      rules,
    };
    return [{ file: `${source.id}-monitor.json`, config }];
  });
}

function rulesFor(source: LogSource, content: ContentLibrary, symptomSources: readonly SymptomSource[]): NpdRule[] {
  const rules: NpdRule[] = [];
  for (const entry of symptomSources) {
    if (!('sources' in entry) || !entry.sources.includes(source.id)) continue;
    const words = content.get(entry.node);
    const symptom = words?.symptoms.find((candidate) => candidate.line === entry.line);
    // A symptom the content no longer has is left out here; a test fails on it (test/npd/log-sources.test.ts).
    if (!words || !symptom) continue;
    const base = {
      reason: pascalCase(entry.node),
      pattern: npdPattern(symptom),
      // NPD appends this to the matched lines, after "; " (generateMessage in log_monitor.go, NPD ≥ v0.8.21).
      patternGeneratedMessageSuffix: `${symptom.means ?? words.title} Walk through it: k8s-adventure --start-at ${entry.node}`,
    };
    rules.push(ruleType(nodes[entry.node].kind, source) === 'permanent' ? { type: 'permanent', condition: source.condition!, ...base } : { type: 'temporary', ...base });
  }
  return rules;
}
