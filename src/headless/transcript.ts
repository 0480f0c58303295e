import { GRAPH_VERSION, planOf, type ChoiceId, type NodeId, type NodeKind } from '../../machines/index.ts';
import { fixCommands } from '../content/fix-commands.ts';
import { markdownToText } from '../content/markdown-to-text.ts';
import type { ContentLibrary } from '../content/node-content.ts';
import { planCommands } from '../view/plan-text.ts';
import { backToOf, endingMarkdown } from '../view/ending.ts';
import { walkOf, type Session } from '../session/index.ts';
import { forksBack } from '../session/way-back.ts';
import { fixAheadLine, fixesAhead, remedyScript, type FixAhead } from '../view/fix-ahead.ts';

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
    /** For a doom: every fork it can be reached from (a deep link), or the one this walk took, with titles. */
    forks?: { id: NodeId; title: string }[];
    /** For a doom: the fix on the good branch at each of those forks, as fixOf finds it; `says` in words. */
    fix?: (FixAhead & { says: string; script: string })[];
  };
}

export function toTranscript(session: Session, content: ContentLibrary): Transcript {
  const walk = walkOf(session);
  const title = (id: NodeId) => content.get(id)?.title ?? id;
  const { ending } = walk;
  const backTo = backToOf(walk);
  const doom = ending.kind === 'doom';
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
      ...(doom ? { forks: forksBack(session).map((id) => ({ id, title: title(id) })) } : {}),
      ...(doom ? { fix: fixesAhead(session, content).map((fix) => ({ ...fix, says: markdownToText(fixAheadLine(fix, content)), script: remedyScript(fix) })) } : {}),
    },
  };
}
