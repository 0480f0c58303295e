import type { Host, NotPresent } from '../../host/index.ts';
import { evidence, gapsOf, isFinding, usableOutput } from '../finding.ts';
import type { Evidence } from '../types.ts';
import { parseKeyValues } from './key-values.ts';

export type SelinuxMode = 'enforcing' | 'permissive' | 'disabled';

export interface SelinuxState {
  current?: SelinuxMode;
  configured?: SelinuxMode;
  /** The SELinux type of /var/lib/kubelet, e.g. var_lib_t or svirt_sandbox_file_t. */
  kubeletLabel?: string;
  evidence: Evidence[];
  /** Reads that could have told the mode but were not collected or could not be read. */
  gaps: NotPresent[];
  /** Why the label is not known, when it is not. */
  labelGap?: NotPresent;
  /** Nothing at all says SELinux is there: no enforce file, no sestatus, no config, no selinuxfs. */
  absent: boolean;
}

/** Types containers may read: the old and the new name of the same label. */
export const CONTAINER_LABELS = ['svirt_sandbox_file_t', 'container_file_t'];

const asMode = (text: string | undefined): SelinuxMode | undefined => {
  const mode = text?.trim().toLowerCase();
  return mode === 'enforcing' || mode === 'permissive' || mode === 'disabled' ? mode : undefined;
};

export async function readSelinux(host: Host): Promise<SelinuxState> {
  const state: SelinuxState = { evidence: [], gaps: [], absent: false };
  const enforceRead = await host.readFile('/sys/fs/selinux/enforce');
  const enforce = enforceRead.kind === 'present' ? enforceRead.value.trim() : undefined;
  let statusRead;
  if (enforce === '1' || enforce === '0') {
    state.current = enforce === '1' ? 'enforcing' : 'permissive';
    state.evidence.push(evidence(enforceRead.source, enforce));
  } else {
    statusRead = await host.read('sestatus');
    const status = usableOutput(statusRead, '');
    if (!isFinding(status) && status.text.trim()) {
      const disabled = /^SELinux status:\s+disabled/m.test(status.text);
      state.current = disabled ? 'disabled' : asMode(/^Current mode:\s+(\w+)/m.exec(status.text)?.[1]);
      state.evidence.push(evidence(status.source, status.text.split('\n').filter((l) => /SELinux status|Current mode|Mode from config/.test(l)).join('\n')));
    }
  }
  const configRead = await host.readFile('/etc/selinux/config');
  if (configRead.kind === 'present') {
    state.configured = asMode(parseKeyValues(configRead.value).SELINUX);
    state.evidence.push(evidence(configRead.source, `SELINUX=${parseKeyValues(configRead.value).SELINUX ?? ''}`));
  }
  if (state.current === undefined) state.gaps.push(...gapsOf(enforceRead, statusRead, configRead));
  if (state.current === undefined && state.configured === undefined && enforce === undefined) {
    const fs = await host.stat('/sys/fs/selinux');
    if (fs.kind !== 'present') {
      state.absent = !state.gaps.length && fs.kind === 'absent';
      if (fs.kind !== 'absent') state.gaps.push(...gapsOf(fs));
      return state;
    }
  }
  const labelRead = await host.run('selinux-label', ['/var/lib/kubelet']);
  const label = usableOutput(labelRead, '');
  const type = isFinding(label) ? undefined : /:([a-z0-9_]+_t):/.exec(label.text)?.[1];
  if (!isFinding(label) && type) {
    state.kubeletLabel = type;
    state.evidence.push(evidence(label.source, label.text.trim()));
  } else if (labelRead.kind !== 'present') state.labelGap = labelRead;
  return state;
}
