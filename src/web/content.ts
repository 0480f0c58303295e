import { entries } from 'virtual:k8s-adventure/content';
import type { NodeId } from '../../machines/index.ts';
import type { NodeContent } from '../content/node-content.ts';

/** What the player shows of a node: the title, the releases it holds for, and its Markdown body. */
export type PlayerContent = Pick<NodeContent, 'id' | 'title' | 'validity' | 'markdown'>;

/**
 * `k8s-adventure/content`: every node's words as the player needs them, made at build time from content/, with no
 * Node built-ins and no YAML parser. Symptoms and sources stay with the CLI.
 */
export const contentEntries: readonly (readonly [NodeId, PlayerContent])[] = entries as [NodeId, PlayerContent][];

/** A node's words, or undefined for an id that is not in the book. */
export function contentOf(id: string): PlayerContent | undefined {
  return contentEntries.find(([nodeId]) => nodeId === id)?.[1];
}
