import type { Choice, EndingSpec, NodeId, PassageSpec, ProbeId, QuestionSpec } from './types.ts';

// Builders keep chapter files to structure: kinds, choices and where they lead. Words live in content/.

export const question = (choices: readonly Choice[], options: { probe?: ProbeId } = {}): QuestionSpec => ({
  kind: 'question',
  choices,
  ...options,
});

export const info = (next: NodeId): PassageSpec => ({ kind: 'info', next });

export const fix = (next: NodeId): PassageSpec => ({ kind: 'fix', next });

export const doom = (): EndingSpec => ({ kind: 'doom' });

export const ready = (): EndingSpec => ({ kind: 'ready' });
