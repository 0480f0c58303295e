import { nodes, planOf, type ChoiceId, type NodeId } from '../../machines/index.ts';
import { fixCommands } from '../content/fix-commands.ts';
import { markdownToText } from '../content/markdown-to-text.ts';
import type { ContentLibrary } from '../content/node-content.ts';
import { hostOsOf } from '../script/host-os.ts';
import type { Session } from '../session/session.ts';
import { forksBack } from '../session/way-back.ts';
import { sectionMarkdown } from './sections.ts';

/** The heading a doom's fix goes under, on its screen and in its report. */
export const FIX_AHEAD = 'The fix';

/** A choice at a doom's fork that does not lead to a doom: the fix it leads to, with its commands, or the way on. */
export interface FixAhead {
  fork: NodeId;
  choice: ChoiceId;
  label: string;
  target: NodeId;
  kind: 'fix' | 'on';
  /** A fix's commands for the walk's host OS (every OS's for a deep link), and how to check they worked. */
  commands: string[];
  check?: string;
}

/** The good branches of the forks a doom's way back leads to: what to take there instead. */
export function fixesAhead(session: Session, content: ContentLibrary): FixAhead[] {
  const os = hostOsOf(planOf(session.snapshot.context.journey).decisions);
  return forksBack(session).flatMap((fork) => {
    const question = nodes[fork]!;
    if (question.kind !== 'question') return [];
    return question.choices
      .filter((choice) => nodes[choice.target]!.kind !== 'doom')
      .map((choice): FixAhead => {
        const target = nodes[choice.target]!;
        const markdown = content.get(target.id)!.markdown;
        const check = target.kind === 'fix' ? sectionMarkdown(markdown, 'Check it worked') : undefined;
        return {
          fork,
          choice: choice.id,
          label: markdownToText(choice.label),
          target: target.id,
          kind: target.kind === 'fix' ? 'fix' : 'on',
          commands: target.kind === 'fix' ? fixCommands(markdown, os) : [],
          ...(check ? { check } : {}),
        };
      });
  });
}

/** The fix as a Markdown section for a doom: at each fork, the good choice, the fix's title and its commands. */
export function fixAheadMarkdown(session: Session, content: ContentLibrary): string | undefined {
  // The fixes first: the way on without one is the lesser news.
  const fixes = fixesAhead(session, content).sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'fix' ? -1 : 1));
  if (!fixes.length) return undefined;
  const title = (id: NodeId) => content.get(id)!.title;
  const lines = fixes.map((fix) => {
    const at = `At *${title(fix.fork)}*, take **${fix.label}** (\`${fix.choice}\`)`;
    if (fix.kind === 'on') return `- ${at}: the walk goes on to *${title(fix.target)}* (\`${fix.target}\`).`;
    const block = fix.commands.length ? `\n\n  \`\`\`sh\n${fix.commands.join('\n').replace(/^/gm, '  ')}\n  \`\`\`` : '';
    return `- ${at}: the fix is *${title(fix.target)}* (\`${fix.target}\`).${block}`;
  });
  return `## ${FIX_AHEAD}\n\n${lines.join('\n\n')}`;
}
