import type { Answer, NodeId } from '../../machines/index.ts';

/** The host OS families the plan knows how to script. */
export type HostOs = 'centos' | 'debian' | 'coreos';

/**
 * When a step runs. Node steps run install → configure → check, then one reboot, then verify (the checks again,
 * on the booted node). Workstation steps (the AWS CLI) run apart, in their own part of the script.
 */
export type Phase = 'install' | 'configure' | 'check' | 'verify';

export const PHASES: readonly Phase[] = ['install', 'configure', 'check', 'verify'];

/** One piece of the script: bash that is safe to run twice and under `set -euo pipefail`. */
export interface Step {
  /** Unique in a script; two fixes needing the same install share one step. */
  id: string;
  where: 'node' | 'workstation';
  phase: Phase;
  /** What the step acts on (docker, kubelet, sysctl): no install of a subject may follow its configuration. */
  subject: string;
  title: string;
  /** The node (a fix, or a decision) the step comes from. */
  from: NodeId;
  /** Bash, using the helpers of the prelude. */
  body: string;
  /** Placeholders it needs, checked before anything runs. */
  needs?: readonly Placeholder[];
}

/** A value only the user knows, which the script refuses to run without. */
export interface Placeholder {
  name: string;
  /** An ERE the value must match. */
  pattern: string;
  /** How the value looks, for the message when it is missing or wrong. */
  example: string;
}

/** What a recipe gets to decide its steps: the host OS and every answer of the walk. */
export interface RecipeContext {
  os: HostOs;
  decisions: readonly Answer[];
  chose: (question: NodeId, choice: string) => boolean;
}

export type Recipe = (context: RecipeContext) => Step[];
