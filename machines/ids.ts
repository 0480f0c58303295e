import type { chapters } from './graph.ts';

// The ids are read off the chapter specs themselves (each written `as const satisfies ChapterDraft`), so adding a
// node or a choice to a chapter is all it takes, and an id spelled wrong anywhere else fails to typecheck.

type Chapter = (typeof chapters)[number];

/** Distributes over the chapters: the keys of each one's nodes. */
type KeysOf<C> = C extends { readonly nodes: infer N } ? keyof N & string : never;
type ChoiceIdsOf<N> = N extends { readonly choices: readonly (infer X)[] } ? (X extends { readonly id: infer I extends string } ? I : never) : never;
type ChoiceIdsIn<C> = C extends { readonly nodes: infer N } ? ChoiceIdsOf<N[keyof N]> : never;

/** Public, stable kebab-case ids: answers files, deep links, saves and the docs site all use them. */
export type NodeId = KeysOf<Chapter>;
export type ChoiceId = ChoiceIdsIn<Chapter>;
export type ChapterId = Chapter['id'];
