import type { ChoiceDraft, EndingSpec, ProbeId } from './types.ts';

// Builders keep chapter files to structure: kinds, choices and where they lead. Words live in content/.
// `const` type parameters keep every id a literal, so the graph's id unions can be read off the chapters.

export const question = <const C extends readonly ChoiceDraft[], const P extends ProbeId | undefined = undefined>(
  choices: C,
  options: { probe?: P } = {},
): { readonly kind: 'question'; readonly choices: C; readonly probe?: P } => ({ kind: 'question', choices, ...options });

export const info = <const N extends string>(next: N) => ({ kind: 'info', next }) as const;

export const fix = <const N extends string>(next: N) => ({ kind: 'fix', next }) as const;

export const doom = (): EndingSpec => ({ kind: 'doom' });

export const ready = (): EndingSpec => ({ kind: 'ready' });
