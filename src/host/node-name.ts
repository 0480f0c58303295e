import { hostname } from 'node:os';
import { InputError } from '../kit/input-error.ts';
import type { Host } from './types.ts';

/** A Kubernetes node name is a DNS subdomain: at most 253 characters. */
const LONGEST = 253;

/**
 * The name this host goes by in a fleet: `--node-name`, else `NODE_NAME` (the DaemonSet sets it from the downward
 * API's spec.nodeName, since a pod's own hostname is the pod's), else the host's hostname: this machine's, or the
 * one a capture recorded (a sos report's `hostname`, a root's /etc/hostname). Undefined when none is known.
 */
export async function nodeName(host: Host, flag: string | undefined, env: NodeJS.ProcessEnv): Promise<string | undefined> {
  if (flag !== undefined) {
    if (!flag.trim() || flag.length > LONGEST || /[\s\u0000-\u001f]/.test(flag)) throw new InputError(`--node-name takes a node's name: 1 to ${LONGEST} characters, no spaces or control characters`);
    return flag;
  }
  if (env.NODE_NAME?.trim()) return env.NODE_NAME.trim();
  if (host.kind === 'live') return hostname();
  for (const path of host.kind === 'sos-report' ? ['/hostname', '/etc/hostname'] : ['/etc/hostname']) {
    const read = await host.readFile(path);
    const name = read.kind === 'present' ? read.value.split('\n')[0]!.trim() : '';
    if (name) return name.slice(0, LONGEST);
  }
  return undefined;
}
