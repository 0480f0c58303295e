/**
 * The graph's vocabulary. Data only: src/ (terminal, headless, probes) and the docs player implement against it.
 */

/** What a node is. Stored as the state's tag and in its meta, so any reader can tell without our code. */
export type NodeKind = 'question' | 'info' | 'fix' | 'doom' | 'ready';

/** Public, stable kebab-case ids: answers files, deep links and the docs site all use them. */
export type NodeId = string;
export type ChoiceId = string;
export type ChapterId = string;
/** A live probe that could answer a question (see src/probes once they land). */
export type ProbeId = string;

/** One answer: at question `question`, the user took choice `choice`. */
export interface Answer {
  question: NodeId;
  choice: ChoiceId;
}

/** Sends a choice somewhere else when any of these earlier answers was given. */
export interface Detour {
  ifChosen: readonly Answer[];
  target: NodeId;
  /** Why, in a phrase a reader understands ("the host chapter already settled the release"). */
  because: string;
}

export interface Choice {
  id: ChoiceId;
  /** Short text shown on the button or menu line. */
  label: string;
  /** Where the choice leads unless a detour applies. */
  target: NodeId;
  detours?: readonly Detour[];
}

export interface QuestionSpec {
  kind: 'question';
  choices: readonly Choice[];
  probe?: ProbeId;
}

/** Info and fix nodes are read, then left with the `continue` event. */
export interface PassageSpec {
  kind: 'info' | 'fix';
  next: NodeId;
}

export interface EndingSpec {
  kind: 'doom' | 'ready';
}

export type NodeSpec = QuestionSpec | PassageSpec | EndingSpec;

export interface ChapterSpec {
  id: ChapterId;
  title: string;
  /** The node "Jump to a chapter" lands on. */
  entry: NodeId;
  nodes: Readonly<Record<NodeId, NodeSpec>>;
}

/** A node as every reader sees it: its spec plus the chapter it belongs to. */
export type GraphNode = NodeSpec & { id: NodeId; chapter: ChapterId };

/** One step of the walk so far, in order. Decisions carry a choice; info and fix nodes do not. */
export interface JourneyStep {
  node: NodeId;
  choice?: ChoiceId;
}

export interface WalkthroughContext {
  journey: JourneyStep[];
}

/** Leaves an info or fix node. */
export const CONTINUE = 'continue';

/** Every choice is its own event, named by its choice id; info and fix nodes share `continue`. */
export type WalkthroughEvent = { type: ChoiceId };
