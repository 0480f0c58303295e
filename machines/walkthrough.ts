import { assign, setup } from 'xstate';
import { GRAPH_VERSION, nodes, START } from './graph.ts';
import {
  CONTINUE,
  type Answer,
  type Choice,
  type GraphNode,
  type JourneyStep,
  type NodeKind,
  type WalkthroughContext,
  type WalkthroughEvent,
} from './types.ts';

const record = (step: JourneyStep) => ({ type: 'recordStep' as const, params: step });

function choiceTransitions(node: GraphNode, choice: Choice) {
  const actions = record({ node: node.id, choice: choice.id });
  return [
    ...(choice.detours ?? []).map((detour) => ({
      guard: { type: 'hasChosenAny' as const, params: { answers: detour.ifChosen } },
      target: detour.target,
      actions,
    })),
    { target: choice.target, actions },
  ];
}

function toStateConfig(node: GraphNode) {
  const meta = { kind: node.kind, chapter: node.chapter, ...('probe' in node && node.probe ? { probe: node.probe } : {}) };
  const base = { tags: [node.kind], meta };
  switch (node.kind) {
    case 'question':
      return { ...base, on: Object.fromEntries(node.choices.map((choice) => [choice.id, choiceTransitions(node, choice)])) };
    case 'info':
    case 'fix':
      return { ...base, on: { [CONTINUE]: { target: node.next, actions: record({ node: node.id }) } } };
    case 'doom':
    case 'ready':
      return { ...base, type: 'final' as const };
  }
}

/**
 * The whole walkthrough as one machine. The state value is always the current node's id; the context
 * keeps the journey so far, which is the plan the ready ending prints.
 */
export const walkthroughMachine = setup({
  types: {
    context: {} as WalkthroughContext,
    events: {} as WalkthroughEvent,
    tags: {} as NodeKind,
  },
  actions: {
    recordStep: assign({ journey: ({ context }, step: JourneyStep) => [...context.journey, step] }),
  },
  guards: {
    hasChosenAny: ({ context }, params: { answers: readonly Answer[] }) =>
      params.answers.some((answer) =>
        context.journey.some((step) => step.node === answer.question && step.choice === answer.choice),
      ),
  },
}).createMachine({
  id: 'walkthrough',
  version: String(GRAPH_VERSION),
  initial: START,
  context: { journey: [] },
  states: Object.fromEntries(Object.values(nodes).map((node) => [node.id, toStateConfig(node)])),
});

export type WalkthroughMachine = typeof walkthroughMachine;
