/**
 * node-problem-detector's system-log-monitor config, field for field, as its Go structs read it (kubernetes/
 * node-problem-detector at v1.36.0, commit 19d58b0eded3a60a999ad0ffa8d69deed0bc94d0):
 * - MonitorConfig (bufferSize, source, conditions, rules, metricsReporting): pkg/systemlogmonitor/config.go
 * - WatcherConfig (plugin, pluginConfig, logPath, lookback): pkg/systemlogmonitor/logwatchers/types/log_watcher.go
 * - Rule (type, condition, reason, pattern, patternGeneratedMessageSuffix): pkg/systemlogmonitor/types/types.go
 * - Condition (type, reason, message) and the rule types "temporary" and "permanent": pkg/types/types.go
 * The shape follows config/kernel-monitor.json (kmsg) and config/systemd-monitor.json (journald).
 */
export interface NpdCondition {
  type: string;
  reason: string;
  message: string;
}

export type NpdRule =
  | { type: 'temporary'; reason: string; pattern: string; patternGeneratedMessageSuffix: string }
  | { type: 'permanent'; condition: string; reason: string; pattern: string; patternGeneratedMessageSuffix: string };

export interface NpdMonitorConfig {
  plugin: 'journald' | 'kmsg';
  /** journald only: `source` is the SYSLOG_IDENTIFIER to follow. */
  pluginConfig?: { source: string };
  logPath: string;
  lookback: string;
  bufferSize: number;
  source: string;
  metricsReporting: boolean;
  conditions: NpdCondition[];
  rules: NpdRule[];
}
