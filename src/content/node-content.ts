import type { NodeId } from '../../machines/index.ts';

/** A node's words, from content/<chapter>/<node-id>.md. */
export interface NodeContent {
  id: NodeId;
  title: string;
  /** Exact log or error lines that point to this node. */
  symptoms: string[];
  /** The links the walkthrough cites for this node. */
  sources: string[];
  /** The body, Markdown, without front matter. */
  markdown: string;
}

/** Node id → content, for every node of the graph. */
export type ContentLibrary = ReadonlyMap<NodeId, NodeContent>;

/** A content file that breaks the rules in content/README.md. */
export class ContentError extends Error {}
