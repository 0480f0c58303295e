import type { Answer } from '../../machines/index.ts';
import type { HostOs } from './types.ts';

/** The host question's choices and the script family each gets; Amazon Linux only ever reaches a doom. */
const BY_CHOICE: Readonly<Record<string, HostOs>> = { 'centos-7': 'centos', 'debian-ubuntu': 'debian', coreos: 'coreos' };

export const HOST_OS_NAMES: Readonly<Record<HostOs, string>> = { centos: 'CentOS 7', debian: 'Debian or Ubuntu', coreos: 'CoreOS' };

export const isHostOs = (value: string): value is HostOs => Object.values(BY_CHOICE).includes(value as HostOs);

/** The host OS the walk chose, if it passed the host question. */
export function hostOsOf(decisions: readonly Answer[]): HostOs | undefined {
  const answer = decisions.find((decision) => decision.question === 'host-os');
  return answer ? BY_CHOICE[answer.choice] : undefined;
}
