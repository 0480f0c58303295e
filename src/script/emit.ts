import { GRAPH_VERSION, type Plan } from '../../machines/index.ts';
import { HOST_OS_NAMES } from './host-os.ts';
import { planSteps } from './plan-steps.ts';
import { PACKAGES_CENTOS, PACKAGES_COREOS, PACKAGES_DEBIAN, PRELUDE } from './prelude.ts';
import { quote } from './sh.ts';
import type { HostOs, Placeholder, Phase, Step } from './types.ts';

const PACKAGES: Readonly<Record<HostOs, string>> = { centos: PACKAGES_CENTOS, debian: PACKAGES_DEBIAN, coreos: PACKAGES_COREOS };

/** The placeholders some step needs, once each, in the order first needed. */
function placeholders(steps: readonly Step[]): Placeholder[] {
  const seen = new Map<string, Placeholder>();
  for (const step of steps) for (const needed of step.needs ?? []) if (!seen.has(needed.name)) seen.set(needed.name, needed);
  return [...seen.values()];
}

const stepCall = (step: Step) => `step ${step.phase} ${step.subject} ${quote(step.title)}\n${step.body}`;

/** One bash function per phase, so the order the script runs in is written once, in `node_part`. */
function phaseFunction(name: string, steps: readonly Step[]): string {
  const body = steps.length ? steps.map(stepCall).join('\n\n') : ':';
  return `${name}() {\n${body}\n}`;
}

const NOTHING_ON_THE_NODE = 'node_part() {\n  log "Nothing to do on the node for this plan."\n}';

/** Install, configure, check; one reboot when anything changed; else the checks again on the booted node. */
const nodePart = (os: HostOs, needs: string) => `node_part() {
  need_root
  need_os ${os}
${needs}
  install_steps
  configure_steps
  check_steps
  if ((failures)); then
    die "$failures check(s) failed before the reboot; nothing was rebooted"
  fi
  if ((changes)); then
    step reboot node 'Reboot once to apply every change; run this again after the boot to check'
    systemctl reboot
    exit 0
  fi
  log "Nothing changed: checking the booted node."
  verify_steps
  if ((failures)); then
    die "$failures check(s) failed on the booted node"
  fi
  log "Every check passed."
}`;

const workstationPart = (any: boolean, needs: string) =>
  any
    ? `workstation_part() {
${needs}
  workstation_steps
  if ((failures)); then
    die "$failures check(s) failed"
  fi
  log "Done."
}`
    : 'workstation_part() {\n  log "Nothing to do on the workstation for this plan."\n}';

const guards = (needs: readonly Placeholder[]) => needs.map((p) => `  need_var ${p.name} ${quote(p.pattern)} ${quote(p.example)}`).join('\n');

/**
 * The plan as one bash script for one host OS: `node` installs, configures and checks, then reboots once when
 * anything changed; run again after the boot, it changes nothing and checks the booted node. `workstation` runs
 * the AWS CLI steps. Safe under `set -euo pipefail`, and each step only acts when its result is not already so.
 */
export function emitScript(plan: Plan, os: HostOs): string {
  const steps = planSteps(plan, os);
  const node = steps.filter((step) => step.where === 'node');
  const workstation = steps.filter((step) => step.where === 'workstation');
  const of = (phase: Phase) => node.filter((step) => step.phase === phase);
  const nodeNeeds = placeholders(node);
  const workstationNeeds = placeholders(workstation);
  const all = placeholders(steps);
  const fixes = plan.fixes.length ? plan.fixes.join(', ') : 'none';
  return `#!/usr/bin/env bash
# The k8s-adventure plan for ${HOST_OS_NAMES[os]}, from graph version ${GRAPH_VERSION}. Fixes, in the order met: ${fixes}.
#
#   sudo bash THIS-FILE node          on the node: install, configure, check, then reboot once if anything changed
#   sudo bash THIS-FILE node          again after that boot: changes nothing, and checks the booted node
#   bash THIS-FILE workstation        the AWS CLI steps, from a machine with AWS credentials
#
# Every step acts only when its result is not already so, so running it twice is safe.
set -euo pipefail

# Placeholders: values only you know. Set them here or in the environment; the script stops without them.
${all.length ? all.map((p) => `${p.name}="\${${p.name}:-}" # ${p.example}`).join('\n') : '# (none for this plan)'}

${PRELUDE}
${PACKAGES[os]}
${phaseFunction('install_steps', of('install'))}

${phaseFunction('configure_steps', of('configure'))}

${phaseFunction('check_steps', of('check'))}

${phaseFunction('verify_steps', of('verify'))}

${phaseFunction('workstation_steps', workstation)}

${node.length ? nodePart(os, guards(nodeNeeds)) : NOTHING_ON_THE_NODE}

${workstationPart(workstation.length > 0, guards(workstationNeeds))}

case "\${1:-}" in
node) node_part ;;
workstation) workstation_part ;;
*)
  printf 'usage: bash %s node|workstation\\n' "$0" >&2
  exit 2
  ;;
esac
`;
}
