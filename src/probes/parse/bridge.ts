import type { Host, NotPresent } from '../../host/index.ts';
import { evidence, gapEvidence } from '../finding.ts';
import type { Evidence } from '../types.ts';
import { assignment } from './sysctl.ts';

export const BRIDGE_DIR = '/proc/sys/net/bridge';

/** A live bridge-nf-call value: '0'/'1', 'missing' when the key does not exist, or the gap that hides it. */
export type LiveValue = { value: string; evidence: Evidence } | { value: 'missing'; evidence: Evidence } | { gap: NotPresent; evidence: Evidence };

/**
 * The key's live value from /proc/sys, or, where /proc/sys was not collected or could not be read, from the
 * recorded `sysctl -a` output (a sos report keeps one). A key absent from either means bridge netfilter is not loaded.
 */
export async function liveBridgeValue(host: Host, name: 'iptables' | 'ip6tables'): Promise<LiveValue> {
  const path = `${BRIDGE_DIR}/bridge-nf-call-${name}`;
  const file = await host.readFile(path);
  if (file.kind === 'present') return { value: file.value.trim(), evidence: evidence(file.source, file.value) };
  if (file.kind === 'absent') return { value: 'missing', evidence: evidence(path, '(missing: bridge netfilter is not loaded)') };
  const sysctl = await host.read('sysctl-values');
  if (sysctl.kind !== 'present') return { gap: file, evidence: gapEvidence(file) };
  const key = `net.bridge.bridge-nf-call-${name}`;
  const value = assignment(sysctl.value.output, key);
  return value === undefined
    ? { value: 'missing', evidence: evidence(sysctl.source, `${key}: not listed (bridge netfilter is not loaded)`) }
    : { value, evidence: evidence(sysctl.source, `${key} = ${value}`) };
}

/** The bridge-nf-call keys that exist, from a /proc/sys listing or, failing that, recorded `sysctl -a` output. */
export async function bridgeKeys(host: Host): Promise<{ keys: string[]; evidence: Evidence } | { gap: NotPresent }> {
  const listing = await host.listDir(BRIDGE_DIR);
  if (listing.kind === 'present') return { keys: listing.value.filter((name) => name.startsWith('bridge-nf-call')), evidence: evidence(listing.source, listing.value.join('\n') || '(empty)') };
  if (listing.kind === 'absent') return { keys: [], evidence: evidence(BRIDGE_DIR, '(missing)') };
  const sysctl = await host.read('sysctl-values');
  if (sysctl.kind !== 'present') return { gap: listing };
  const keys = sysctl.value.output
    .split('\n')
    .map((line) => /^net\.bridge\.(bridge-nf-call-[\w-]+)\s*=/.exec(line.trim())?.[1])
    .filter((key): key is string => key !== undefined);
  return { keys, evidence: evidence(sysctl.source, keys.map((key) => `net.bridge.${key}`).join('\n') || '(no net.bridge keys)') };
}
