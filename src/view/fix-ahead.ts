import { planOf, type NodeId } from '../../machines/index.ts';
import { fixAtFork, type Remedy } from '../content/fix-of.ts';
import { markdownToText } from '../content/markdown-to-text.ts';
import type { ContentLibrary } from '../content/node-content.ts';
import { hostOsOf } from '../script/host-os.ts';
import type { Session } from '../session/session.ts';
import { forksBack } from '../session/way-back.ts';
import { sectionMarkdown } from './sections.ts';

/** The heading a doom's fix goes under, on its screen and in its report. */
export const FIX_AHEAD = 'The fix';

/**
 * The fix at one of a doom's forks, as `fixOf` finds it (the one way to find a doom's fix), with the fork it is
 * at and, for a fix node, how to check it worked. Public in `run --json`: add fields, never rename them.
 */
export interface FixAhead extends Remedy {
  fork: NodeId;
  check?: string;
}

/**
 * The fix at each fork a doom's way back leads to: the walked fork, or every fork of a deep-linked doom. The
 * commands are for the walk's host OS; a deep link, with no OS chosen, gets every OS's block, each marked.
 */
export function fixesAhead(session: Session, content: ContentLibrary): FixAhead[] {
  const os = hostOsOf(planOf(session.snapshot.context.journey).decisions);
  return forksBack(session).flatMap((fork) =>
    fixAtFork(fork, content, os).map((remedy): FixAhead => {
      const check = remedy.kind === 'fix' ? sectionMarkdown(content.get(remedy.id)!.markdown, 'Check it worked') : undefined;
      return { ...remedy, fork, ...(check ? { check } : {}) };
    }),
  );
}

/** A remedy's commands as one `sh` block, each OS's group under a comment naming it. */
export const remedyScript = (remedy: Remedy): string =>
  remedy.blocks.map((block) => [...(block.os ? [`# on ${block.os.join(', ')}`] : []), ...block.commands].join('\n')).join('\n\n');

/** One line per fix, in words: at the fork, what to take, and what it leads to. */
export function fixAheadLine(fix: FixAhead, content: ContentLibrary): string {
  const title = (id: NodeId) => content.get(id)?.title ?? id;
  // The fork only checks what a fix before it did ("Still 7.0 or 7.1 after the update"): that fix is the way on.
  if (!fix.via) return `Before *${title(fix.fork)}* (\`${fix.fork}\`): the fix is *${fix.title}* (\`${fix.id}\`), then answer it again.`;
  const at = `At *${title(fix.fork)}*, take **${markdownToText(fix.via.label)}** (\`${fix.via.choice}\`)`;
  return fix.kind === 'fix' ? `${at}: the fix is *${fix.title}* (\`${fix.id}\`).` : `${at}: the walk goes on to *${fix.title}* (\`${fix.id}\`).`;
}

/** The fix as a Markdown section for a doom: at each fork, the good choice, the fix's title and its commands. */
export function fixAheadMarkdown(session: Session, content: ContentLibrary): string | undefined {
  // The fixes first: the way on without one is the lesser news.
  const fixes = fixesAhead(session, content).sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'fix' ? -1 : 1));
  if (!fixes.length) return undefined;
  const lines = fixes.map((fix) => {
    const script = remedyScript(fix);
    const block = script ? `\n\n  \`\`\`sh\n${script.replace(/^(?=.)/gm, '  ')}\n  \`\`\`` : '';
    return `- ${fixAheadLine(fix, content)}${block}`;
  });
  return `## ${FIX_AHEAD}\n\n${lines.join('\n\n')}`;
}
