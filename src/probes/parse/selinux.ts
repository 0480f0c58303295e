import type { Host } from '../../host/index.ts';
import { evidence } from '../finding.ts';
import type { Evidence } from '../types.ts';
import { parseKeyValues } from './key-values.ts';

export type SelinuxMode = 'enforcing' | 'permissive' | 'disabled';

export interface SelinuxState {
  current?: SelinuxMode;
  configured?: SelinuxMode;
  /** The SELinux type of /var/lib/kubelet, e.g. var_lib_t or svirt_sandbox_file_t. */
  kubeletLabel?: string;
  evidence: Evidence[];
}

/** Types containers may read: the old and the new name of the same label. */
export const CONTAINER_LABELS = ['svirt_sandbox_file_t', 'container_file_t'];

const asMode = (text: string | undefined): SelinuxMode | undefined => {
  const mode = text?.trim().toLowerCase();
  return mode === 'enforcing' || mode === 'permissive' || mode === 'disabled' ? mode : undefined;
};

export async function readSelinux(host: Host, timeoutMs: number, signal: AbortSignal): Promise<SelinuxState> {
  const state: SelinuxState = { evidence: [] };
  const enforce = (await host.readFile('/sys/fs/selinux/enforce'))?.trim();
  if (enforce === '1' || enforce === '0') {
    state.current = enforce === '1' ? 'enforcing' : 'permissive';
    state.evidence.push(evidence('/sys/fs/selinux/enforce', enforce));
  } else {
    const status = await host.run('sestatus', [], { timeoutMs, signal });
    if (status.exitCode === 0 && status.output.trim()) {
      const disabled = /^SELinux status:\s+disabled/m.test(status.output);
      state.current = disabled ? 'disabled' : asMode(/^Current mode:\s+(\w+)/m.exec(status.output)?.[1]);
      state.evidence.push(evidence(status.source, status.output.split('\n').filter((l) => /SELinux status|Current mode|Mode from config/.test(l)).join('\n')));
    }
  }
  const config = await host.readFile('/etc/selinux/config');
  if (config !== undefined) {
    state.configured = asMode(parseKeyValues(config).SELINUX);
    state.evidence.push(evidence('/etc/selinux/config', `SELINUX=${parseKeyValues(config).SELINUX ?? ''}`));
  }
  if (state.current === undefined && state.configured === undefined && enforce === undefined && !(await host.stat('/sys/fs/selinux'))) {
    return state;
  }
  const label = await host.run('selinux-label', ['/var/lib/kubelet'], { timeoutMs, signal });
  const type = /:([a-z0-9_]+_t):/.exec(label.output)?.[1];
  if (label.exitCode === 0 && type) {
    state.kubeletLabel = type;
    state.evidence.push(evidence(label.source, label.output.trim()));
  }
  return state;
}
