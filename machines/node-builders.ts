import type { ChoiceDraft, EndingSpec, ProbeId } from './types.ts';

// Builders keep chapter files to structure: kinds, choices and where they lead. Words live in content/.
// `const` type parameters keep every id a literal, so the graph's id unions can be read off the chapters.

/** A question builder whose probe ids are held to one book's probes (a typo fails to typecheck). */
export const questionsProbedBy =
  <Probe extends string>() =>
  <const C extends readonly ChoiceDraft[], const P extends Probe | undefined = undefined>(
    choices: C,
    options: { probe?: P } = {},
  ): { readonly kind: 'question'; readonly choices: C; readonly probe?: P } => ({ kind: 'question', choices, ...options });

export const question = questionsProbedBy<ProbeId>();

export const info = <const N extends string>(next: N) => ({ kind: 'info', next }) as const;

export const fix = <const N extends string>(next: N) => ({ kind: 'fix', next }) as const;

export const doom = (): EndingSpec => ({ kind: 'doom' });

export const ready = (): EndingSpec => ({ kind: 'ready' });
