import { GRAPH_VERSION, nodes, peek, planOf, type NodeId } from '../../machines/index.ts';
import type { ContentLibrary } from '../content/index.ts';
import { choiceLabel, planMarkdown } from '../view/plan-text.ts';
import { forksBack } from '../session/way-back.ts';
import { nodeMarkdown } from '../view/screen.ts';
import { planScript } from '../headless/plan-script.ts';
import { currentNode, walkOf, type Session } from '../session/index.ts';

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const WHO = { you: 'you', 'answers-file': 'answers file', probe: 'live probe' } as const;

/**
 * The dooms avoided at the forks the user decided (a probe's suggestion taken is the probe's call, not theirs):
 * one line per fork, naming each choice not taken that would have led straight to a doom.
 */
function doomsAvoided(session: Session, content: ContentLibrary): string[] {
  return session.forks.flatMap(({ snapshot, trailLength }) => {
    const step = session.trail[trailLength]!;
    const question = nodes[step.node]!;
    if (question.kind !== 'question' || step.by === 'probe') return [];
    const avoided = question.choices
      .filter((choice) => choice.id !== step.answer)
      .map((choice) => ({ choice, target: peek(snapshot, choice.id) }))
      .filter(({ target }) => target.kind === 'doom')
      .map(({ choice, target }) => `"${choice.label}" (\`${choice.id}\`) → **${content.get(target.id)!.title}** (\`${target.id}\`)`);
    return avoided.length ? [`- At *${content.get(question.id)!.title}*: ${avoided.join('; ')}.`] : [];
  });
}

/** What the probes said at each question, and where the answer went against them. */
function probeEvidence(session: Session, content: ContentLibrary): string[] {
  return session.trail.flatMap(({ node, answer, probe }) => {
    if (!probe || !answer) return [];
    const verdict = probe.suggested
      ? probe.suggested === answer
        ? `It suggested \`${probe.suggested}\`, which was taken.`
        : `It suggested \`${probe.suggested}\`; **overridden** with \`${answer}\`.`
      : 'It made no suggestion.';
    const excerpt = probe.evidence.map((item) => `${item.source}: ${item.excerpt}`).join('\n');
    return [`- **${content.get(node)!.title}** (\`${node}\`): probe \`${probe.id}\` ${probe.status}, ${probe.observed}. ${verdict}${excerpt ? `\n\n  \`\`\`text\n${excerpt.replace(/^/gm, '  ')}\n  \`\`\`` : ''}`];
  });
}

/** At ready, the plan as the script that runs it, and how to run it; elsewhere nothing. */
function scriptSection(walk: ReturnType<typeof walkOf>): string[] {
  if (walk.ending.kind !== 'ready') return [];
  const script = planScript(walk);
  if (script.kind === 'none') return ['## The plan as a script', `None: ${script.reason}.`];
  return [
    '## The plan as a script',
    'Save it as `plan.sh`. On the node, as root, `bash plan.sh node` installs, configures and checks, then reboots once; run it again after the boot to check the booted node (it changes nothing then). `bash plan.sh workstation` runs the AWS CLI steps. Set the placeholders at the top first: it stops without them.',
    `\`\`\`bash\n${script.text.trimEnd()}\n\`\`\``,
  ];
}

/** The way back from a doom, keeping the answers given before its fork: `b` in the adventure, or the answers file. */
const wayBackLine = (forks: readonly NodeId[]) =>
  forks.length === 1
    ? `The way back is the fork \`${forks[0]}\`: \`b\` at the doom in the adventure, or change \`${forks[0]}\` in your answers file and run again, which keeps every other answer (\`k8s-adventure --start-at ${forks[0]}\` starts afresh there).`
    : `The way back is one of the ${forks.length} forks that lead here: ${forks.map((fork) => `\`${fork}\``).join(', ')}. \`b\` at the doom in the adventure offers each; or change the one that applies in your answers file and run again (\`k8s-adventure --start-at FORK\` starts afresh there).`;

/** What the report says about the host: where the probes read, or that none did. */
export interface ReportMeta {
  version: string;
  now?: Date;
  /** describeHost's words for the host the probes read; absent when the probes were off. */
  host?: string;
}

/** The post-mortem a user pastes into a ticket: outcome, path, who answered, fixes, and the dooms avoided. */
export function reportMarkdown(session: Session, content: ContentLibrary, meta: ReportMeta): string {
  const walk = walkOf(session);
  const ending = currentNode(session);
  const title = (id: NodeId) => content.get(id)!.title;
  const outcome =
    ending.kind === 'ready' ? 'ready: every fork passed' : ending.kind === 'doom' ? `doom: ${title(ending.id)}` : `stopped at ${title(ending.id)}`;
  const forks = forksBack(session);
  const rows = walk.steps
    .filter((step) => step.answer !== undefined)
    .map(
      (step, index) =>
        `| ${index + 1} | ${cell(title(step.node.id))} (\`${step.node.id}\`) | ${cell(choiceLabel(step.node.id, step.answer!))} (\`${step.answer}\`) | ${WHO[step.by ?? 'you']} |`,
    );
  const avoided = doomsAvoided(session, content);
  const probes = probeEvidence(session, content);
  return [
    '# k8s-adventure report',
    [
      `- **Outcome:** ${outcome} (\`${ending.id}\`)`,
      `- **Started at:** \`${session.startAt}\``,
      `- **Probed host:** ${meta.host === undefined ? 'none: the probes were off, so every answer came from you or an answers file' : cell(meta.host)}`,
      `- **Written:** ${(meta.now ?? new Date()).toISOString()} by k8s-adventure ${meta.version}, graph version ${GRAPH_VERSION}`,
    ].join('\n'),
    '## Path taken',
    rows.length ? ['| # | Question | Answer | Given by |', '|---|---|---|---|', ...rows].join('\n') : 'No questions answered.',
    ...(ending.kind === 'doom'
      ? [`## ${title(ending.id)}`, nodeMarkdown(session, content).replace(/^## /gm, '### '), ...(forks.length ? [wayBackLine(forks)] : [])]
      : []),
    // "Path taken" above already lists every decision: the plan here is the fixes, each with how to check it worked.
    planMarkdown(planOf(walk.journey), content, { decisions: false, checks: true }),
    ...scriptSection(walk),
    ...(probes.length ? ['## Probe evidence', probes.join('\n')] : []),
    '## Dooms avoided',
    avoided.length ? avoided.join('\n') : 'None on this path.',
  ].join('\n\n') + '\n';
}
