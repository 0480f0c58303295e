import { isNodeId, START, type NodeId } from '../../machines/index.ts';

/** The books a page can name. Only the walkthrough exists now; `book` is read so a second book is a value, not a new attribute. */
export const BOOKS = ['walkthrough'] as const;
export type Book = (typeof BOOKS)[number];

/** How the player uses the URL: `hash` deep-links and records history; `none` leaves the page's URL alone. */
export const ROUTINGS = ['hash', 'none'] as const;
export type Routing = (typeof ROUTINGS)[number];

export interface PlayerOptions {
  book: Book;
  start: NodeId;
  routing: Routing;
}

export type ReadOptions = { ok: true; options: PlayerOptions } | { ok: false; error: string };

const oneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

/**
 * The element's attributes, checked. A page author's typo is shown as an error in the element rather than
 * silently starting somewhere else: a reader trusting a wrong node is worse off than one told it is wrong.
 */
export function readOptions(attribute: (name: string) => string | null): ReadOptions {
  const book = attribute('book') ?? 'walkthrough';
  if (!oneOf(BOOKS, book)) return { ok: false, error: `unknown book "${book}"; the books are: ${BOOKS.join(', ')}` };
  const start = attribute('start') ?? START;
  if (!isNodeId(start)) return { ok: false, error: `unknown start node "${start}" in the ${book} book; k8s-adventure nodes lists the ids` };
  const routing = attribute('routing') ?? 'hash';
  if (!oneOf(ROUTINGS, routing)) return { ok: false, error: `unknown routing "${routing}"; use one of: ${ROUTINGS.join(', ')}` };
  return { ok: true, options: { book, start, routing } };
}
