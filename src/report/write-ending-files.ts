import type { ContentLibrary } from '../content/index.ts';
import { planScript } from '../headless/plan-script.ts';
import { walkOf, type Session } from '../session/index.ts';
import { reportMarkdown, type ReportMeta } from './report-markdown.ts';
import { writeNewFile } from './write-new-file.ts';
import { writeNewReport } from './write-report.ts';

/**
 * What `w` writes at an ending: the report, and at `ready` the plan's script beside it. Returns one sentence
 * saying what was written where, for the screen.
 */
export function writeEndingFiles(dir: string, session: Session, content: ContentLibrary, meta: ReportMeta): string {
  const now = meta.now ?? new Date();
  const report = writeNewReport(dir, reportMarkdown(session, content, { ...meta, now }), now);
  const walk = walkOf(session);
  if (walk.ending.kind !== 'ready') return `Report written to ${report}`;
  const script = planScript(walk);
  if (script.kind === 'none') return `Report written to ${report}; no script: ${script.reason}`;
  const path = writeNewFile(dir, 'k8s-adventure-plan', '.sh', script.text, { now, mode: 0o755 });
  return `Report written to ${report}; the plan's script to ${path} (on the node, as root: bash ${path} node)`;
}
