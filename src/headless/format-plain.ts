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
  // Changing one answer and running again keeps every other answer; --start-at starts afresh at the fork.
  if (ending.backTo) lines.push('', `The way back: change "${ending.backTo}" in your answers file and run again, or: k8s-adventure --start-at ${ending.backTo}`);
  return `${lines.join('\n')}\n`;
}
