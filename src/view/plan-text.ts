import { nodes, type ChoiceId, type NodeId, type Plan } from '../../machines/index.ts';
import { fixCommands } from '../content/fix-commands.ts';
import { markdownToText } from '../content/markdown-to-text.ts';
import type { ContentLibrary } from '../content/node-content.ts';
import { hostOsOf } from '../script/host-os.ts';
import { sectionMarkdown } from './sections.ts';

const titleOf = (content: ContentLibrary, id: NodeId) => content.get(id)?.title ?? id;

export const choiceLabel = (question: NodeId, choice: ChoiceId): string => {
  const node = nodes[question];
  return (node?.kind === 'question' && node.choices.find((c) => c.id === choice)?.label) || choice;
};

/** Each fix's commands for the walk's host OS (every OS's when the walk never chose one), in the order applied. */
const commandsByFix = (plan: Plan, content: ContentLibrary): string[][] => {
  const os = hostOsOf(plan.decisions);
  return plan.fixes.map((fix) => fixCommands(content.get(fix)?.markdown ?? '', os));
};

/** Every fix's commands for the walk's host OS, in the order the fixes were applied. */
export const planCommands = (plan: Plan, content: ContentLibrary): string[] => commandsByFix(plan, content).flat();

/** Each fix's commands are for reading; the order that runs, and runs twice safely, is the script's. */
const FIXES_NOTE =
  "Each fix's commands as its page gives them. To run the plan, take the script instead: it installs before it configures, reboots once at the end and is safe to run twice (`k8s-adventure run --emit-script FILE`, or `w` at ready).";

/** The plan as Markdown: each decision, then each fix with its commands (and, for a report, how to check each worked). */
export function planMarkdown(plan: Plan, content: ContentLibrary, options: { decisions?: boolean; checks?: boolean } = {}): string {
  const decisions = plan.decisions.map(
    ({ question, choice }) => `- ${titleOf(content, question)}: **${markdownToText(choiceLabel(question, choice))}** (\`${question}\`: \`${choice}\`)`,
  );
  const commands = commandsByFix(plan, content);
  const fixes = plan.fixes.map((fix, index) => {
    const own = commands[index]!;
    const block = own.length ? `\n\n   \`\`\`sh\n${own.map((c) => c.replace(/^/gm, '   ')).join('\n')}\n   \`\`\`` : '';
    const check = options.checks ? sectionMarkdown(content.get(fix)?.markdown ?? '', 'Check it worked') : undefined;
    const checked = check ? `\n\n   Check it worked:\n\n${check.replace(/^(?=.)/gm, '   ')}` : '';
    return `${index + 1}. ${titleOf(content, fix)} (\`${fix}\`)${block}${checked}`;
  });
  return [
    ...(options.decisions === false ? [] : ['## Decisions', decisions.length ? decisions.join('\n') : 'None: this walk started past every fork.']),
    '## Fixes, in order',
    ...(fixes.length ? [FIXES_NOTE, fixes.join('\n\n')] : ['None on this path.']),
  ].join('\n\n');
}
