import {
  advance,
  CONTINUE,
  isEnding,
  nodeOf,
  snapshotAt,
  START,
  type ChoiceId,
  type EventId,
  type GraphNode,
  type NodeId,
  type WalkthroughSnapshot,
} from '../../machines/index.ts';

/** Who answered a question: the user at the keyboard, an answers file, or a live probe the user accepted. */
export type AnswerSource = 'you' | 'answers-file' | 'probe';

/** What a probe said at a question: kept with the answer, so the report can show it, overridden or not. */
export interface ProbeNote {
  id: string;
  status: string;
  observed: string;
  suggested?: ChoiceId;
  evidence: { source: string; excerpt: string }[];
}

/** A node the walk has left, and the answer taken there if it was a question. */
export interface TrailStep {
  node: NodeId;
  answer?: ChoiceId;
  by?: AnswerSource;
  probe?: ProbeNote;
}

/**
 * One walk through the graph. Immutable: every move returns a new session, so "back" is just an older one.
 * `forks` holds the snapshot at each question answered, the dog-eared pages to go back to.
 */
export interface Session {
  readonly startAt: NodeId;
  readonly snapshot: WalkthroughSnapshot;
  readonly trail: readonly TrailStep[];
  readonly forks: readonly { snapshot: WalkthroughSnapshot; trailLength: number }[];
}

export const startSession = (startAt: NodeId = START): Session => ({
  startAt,
  snapshot: snapshotAt(startAt),
  trail: [],
  forks: [],
});

export const currentNode = (session: Session): GraphNode => nodeOf(session.snapshot);

export const atEnding = (session: Session): boolean => isEnding(currentNode(session));

/** Takes a choice at a question, or `continue` at an info or fix node. An event the node lacks changes nothing. */
export function take(session: Session, event: EventId, by: AnswerSource = 'you', probe?: ProbeNote): Session {
  const node = currentNode(session);
  const next = advance(session.snapshot, event);
  if (next === session.snapshot) return session;
  if (node.kind === 'question' && event !== CONTINUE) {
    return {
      ...session,
      snapshot: next,
      trail: [...session.trail, { node: node.id, answer: event, by, ...(probe ? { probe } : {}) }],
      forks: [...session.forks, { snapshot: session.snapshot, trailLength: session.trail.length }],
    };
  }
  return { ...session, snapshot: next, trail: [...session.trail, { node: node.id }] };
}

export const proceed = (session: Session): Session => take(session, CONTINUE);

/** Back to the previous fork: the question that led here. As often as there are forks behind. */
export function back(session: Session): Session {
  const fork = session.forks.at(-1);
  if (!fork) return session;
  return { ...session, snapshot: fork.snapshot, trail: session.trail.slice(0, fork.trailLength), forks: session.forks.slice(0, -1) };
}

export const canGoBack = (session: Session): boolean => session.forks.length > 0;

/** Starts over from where this session began. */
export const restart = (session: Session): Session => startSession(session.startAt);
