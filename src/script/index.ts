export { emitScript } from './emit.ts';
export { hostOsOf, HOST_OS_NAMES, isHostOs } from './host-os.ts';
export { NoRecipeError, planSteps } from './plan-steps.ts';
export { RECIPES } from './recipes/index.ts';
export type { HostOs, Phase, Placeholder, Step } from './types.ts';
