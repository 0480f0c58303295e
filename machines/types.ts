/**
 * The graph's vocabulary. Data only: src/ (terminal, headless, probes) and the docs player implement against it.
 */
import type { ChapterId, ChoiceId, NodeId } from './ids.ts';
import type { ProbeId } from './probe-ids.ts';

export type { ChapterId, ChoiceId, NodeId } from './ids.ts';
export type { ProbeId } from './probe-ids.ts';

/** What a node is. Stored as the state's tag and in its meta, so any reader can tell without our code. */
export type NodeKind = 'question' | 'info' | 'fix' | 'doom' | 'ready';

// Every shape below takes its id types as parameters. A chapter is written against the loose `string` ones
// (ChapterDraft: its own ids are being defined there); the graph is then held to the literal unions in ids.ts,
// so a target that names no node, or a detour on a choice that does not exist, fails to typecheck.

/** One answer: at question `question`, the user took choice `choice`. */
export interface Answer<N extends string = NodeId, C extends string = ChoiceId> {
  readonly question: N;
  readonly choice: C;
}

/** Sends a choice somewhere else when any of these earlier answers was given. */
export interface Detour<N extends string = NodeId, C extends string = ChoiceId> {
  readonly ifChosen: readonly Answer<N, C>[];
  readonly target: N;
  /** Why, in a phrase a reader understands ("the host chapter already settled the release"). */
  readonly because: string;
}

export interface Choice<N extends string = NodeId, C extends string = ChoiceId> {
  readonly id: C;
  /** Short text shown on the button or menu line. */
  readonly label: string;
  /** Where the choice leads unless a detour applies. */
  readonly target: N;
  readonly detours?: readonly Detour<N, C>[];
}

export interface QuestionSpec<N extends string = NodeId, C extends string = ChoiceId, P extends string = ProbeId> {
  readonly kind: 'question';
  readonly choices: readonly Choice<N, C>[];
  readonly probe?: P;
}

/** Info and fix nodes are read, then left with the `continue` event. */
export interface PassageSpec<N extends string = NodeId> {
  readonly kind: 'info' | 'fix';
  readonly next: N;
}

export interface EndingSpec {
  readonly kind: 'doom' | 'ready';
}

export type NodeSpec<N extends string = NodeId, C extends string = ChoiceId, P extends string = ProbeId> =
  | QuestionSpec<N, C, P>
  | PassageSpec<N>
  | EndingSpec;

export interface ChapterSpec<N extends string = NodeId, C extends string = ChoiceId, Ch extends string = ChapterId, P extends string = ProbeId> {
  readonly id: Ch;
  readonly title: string;
  /** The node "Jump to a chapter" lands on. */
  readonly entry: N;
  readonly nodes: { readonly [id: string]: NodeSpec<N, C, P> };
}

/** What a chapter file is written against: its ids are literals, checked against the whole graph in graph.ts. */
export type ChapterDraft = ChapterSpec<string, string, string, string>;
export type ChoiceDraft = Choice<string, string>;

/** A node as every reader sees it: its spec plus the chapter it belongs to. */
export type GraphNode = NodeSpec & { readonly id: NodeId; readonly chapter: ChapterId };

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

/** What the machine accepts: a choice id at a question, `continue` at info and fix nodes. */
export type EventId = ChoiceId | typeof CONTINUE;

/** Every choice is its own event, named by its choice id; info and fix nodes share `continue`. */
export type WalkthroughEvent = { type: EventId };
