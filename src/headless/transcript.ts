import { GRAPH_VERSION, planOf, type ChoiceId, type NodeId, type NodeKind } from '../../machines/index.ts';
import { fixCommands } from '../content/fix-commands.ts';
import { markdownToText } from '../content/markdown-to-text.ts';
import type { ContentLibrary } from '../content/node-content.ts';
import { planCommands } from '../view/plan-text.ts';
import { backToOf, endingMarkdown } from '../view/ending.ts';
import type { Walk } from '../session/walk.ts';

/** `run --json`: one object per walk. Its shape is public; add fields, never rename them. */
export interface Transcript {
  version: number;
  steps: {
    id: NodeId;
    kind: NodeKind;
    title: string;
    answer: ChoiceId | null;
    /** Who answered: "answers-file" or "probe" (run --probes). */
    by?: string;
    /** What the probe said at this question, when probes ran. */
    probe?: { id: string; status: string; observed: string; suggested?: ChoiceId };
  }[];
  ending: {
    id: NodeId;
    kind: NodeKind;
    title: string;
    text: string;
    commands: string[];
    /** For a doom: the fork to go back to. */
    backTo?: NodeId;
  };
}

export function toTranscript(walk: Walk, content: ContentLibrary): Transcript {
  const title = (id: NodeId) => content.get(id)?.title ?? id;
  const { ending } = walk;
  const backTo = backToOf(walk);
  return {
    version: GRAPH_VERSION,
    steps: walk.steps.map(({ node, answer, by, probe }) => ({
      id: node.id,
      kind: node.kind,
      title: title(node.id),
      answer: answer ?? null,
      ...(by ? { by } : {}),
      ...(probe ? { probe: { id: probe.id, status: probe.status, observed: probe.observed, ...(probe.suggested ? { suggested: probe.suggested } : {}) } } : {}),
    })),
    ending: {
      id: ending.id,
      kind: ending.kind,
      title: title(ending.id),
      text: markdownToText(endingMarkdown(walk, content)),
      commands:
        ending.kind === 'ready'
          ? planCommands(planOf(walk.journey), content)
          : ending.kind === 'fix'
            ? fixCommands(content.get(ending.id)?.markdown ?? '')
            : [],
      ...(backTo ? { backTo } : {}),
    },
  };
}
