import type { NodeId } from '../../machines/index.ts';
import type { Validity } from './validity.ts';

/** A line a user might hold (an error, a warning, a log line) that this node explains. */
export interface Symptom {
  /** The line as the walkthrough or the tools print it, quoted exactly. */
  line: string;
  /** Other wordings of the same message: older or newer releases, other tools. */
  variants: string[];
  /** A regular expression (case-insensitive) for lines whose ids or spacing vary. */
  pattern?: string;
  /** One line on what it means, for `why`. */
  means?: string;
}

/** A node's words, from content/<chapter>/<node-id>.md. */
export interface NodeContent {
  id: NodeId;
  title: string;
  /** The releases of Kubernetes, the host OS and Docker the node holds for. */
  validity: Validity;
  /** The lines that point to this node. */
  symptoms: Symptom[];
  /** Where the node's facts come from: the walkthrough's links, issues, and code at a tag. */
  sources: string[];
  /** The body, Markdown, without front matter. */
  markdown: string;
}

/** Node id → content, for every node of the graph. */
export type ContentLibrary = ReadonlyMap<NodeId, NodeContent>;

/** A content file that breaks the rules in content/README.md. */
export class ContentError extends Error {}
