import { planOf } from '../../machines/index.ts';
import { emitScript, hostOsOf, type HostOs } from '../script/index.ts';
import type { Walk } from '../session/walk.ts';

/** The plan's script for a walk, or why there is none. */
export type PlanScript = { kind: 'script'; os: HostOs; text: string } | { kind: 'none'; reason: string };

/**
 * The script of a walk that reached `ready`, for the host OS it chose; `os` stands in when the walk started past
 * the host question (a deep link, a jump to a chapter).
 */
export function planScript(walk: Walk, os?: HostOs): PlanScript {
  if (walk.ending.kind !== 'ready') return { kind: 'none', reason: `the walk ended at ${walk.ending.id}, not at ready` };
  const plan = planOf(walk.journey);
  const chosen = hostOsOf(plan.decisions);
  if (chosen && os && chosen !== os) return { kind: 'none', reason: `the walk chose ${chosen} at the host question, not ${os}` };
  const target = chosen ?? os;
  if (!target) return { kind: 'none', reason: 'the walk did not pass the host OS question, so the script would not know which OS it is for (run --os centos|debian|coreos)' };
  return { kind: 'script', os: target, text: emitScript(plan, target) };
}

/** How to run it, in one line. */
export const HOW_TO_RUN = 'on the node as root: bash FILE node, which reboots once; then bash FILE node again to check. AWS steps: bash FILE workstation';
