import type { Plan } from '../../machines/index.ts';
import { RECIPES } from './recipes/index.ts';
import { PHASES, type HostOs, type Step } from './types.ts';

/** A fix the recipes table does not know: a new fix must say what it does in the script. */
export class NoRecipeError extends Error {}

/**
 * The plan's steps in an order that runs: every install, then every configuration, then the checks (and, after
 * the one reboot, the verifications), each phase in the order the fixes were met. A step two fixes share runs
 * once, where it is first needed.
 */
export function planSteps(plan: Plan, os: HostOs): Step[] {
  const chose = (question: string, choice: string) => plan.decisions.some((d) => d.question === question && d.choice === choice);
  const steps = new Map<string, Step>();
  for (const fix of plan.fixes) {
    const recipe = RECIPES[fix];
    if (!recipe) throw new NoRecipeError(`fix '${fix}' has no recipe in src/script/recipes`);
    for (const step of recipe({ os, decisions: plan.decisions, chose })) if (!steps.has(step.id)) steps.set(step.id, step);
  }
  // Array#sort is stable: within a phase, the order the fixes were met stands.
  return [...steps.values()].sort((a, b) => PHASES.indexOf(a.phase) - PHASES.indexOf(b.phase));
}
