import type { Transcript } from './transcript.ts';
import { markdownToText } from '../content/index.ts';
import { choiceLabel } from '../view/plan-text.ts';

const KIND_WIDTH = 9;
const label = (kind: string) => kind.padEnd(KIND_WIDTH);

/** `run` without --json: one line per step, then the ending and its text. No colour, no redraws. */
export function formatPlain(transcript: Transcript): string {
  const lines: string[] = [];
  for (const step of transcript.steps) {
    lines.push(`${label(step.kind)}${step.id}: ${step.title}`);
    if (step.answer) lines.push(`${label('  answer')}${step.answer}: ${markdownToText(choiceLabel(step.id, step.answer))}${step.by === 'probe' ? ' (from the probe)' : ''}`);
    if (step.probe) lines.push(`${label('  probe')}${step.probe.id}: ${step.probe.status}, ${step.probe.observed}`);
  }
  const { ending } = transcript;
  lines.push('', `${label(ending.kind)}${ending.id}: ${ending.title}`, '', ending.text);
  if (ending.fix?.length) {
    lines.push('', 'The fix');
    for (const fix of ending.fix) lines.push('', fix.says, ...(fix.script ? ['', fix.script.replace(/^(?=.)/gm, '    ')] : []));
  }
  // Changing one answer and running again keeps every other answer; --start-at starts afresh at the fork.
  const forks = ending.forks ?? (ending.backTo ? [{ id: ending.backTo, title: '' }] : []);
  if (forks.length === 1) lines.push('', `The way back: change "${forks[0]!.id}" in your answers file and run again, or: k8s-adventure --start-at ${forks[0]!.id}`);
  if (forks.length > 1) {
    lines.push('', `The way back: ${forks.length} forks lead here; answer the one that applies in your answers file and run again, or start afresh at it:`);
    for (const fork of forks) lines.push(`  k8s-adventure --start-at ${fork.id}   # ${fork.title}`);
  }
  return `${lines.join('\n')}\n`;
}
