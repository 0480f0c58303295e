import { START, isChoiceOf, isEnding, nodeById, peek, type ChoiceId, type NodeId } from '../../machines/index.ts';
import type { ContentLibrary } from '../content/node-content.ts';
import { back, currentNode, proceed, restart, startSession, take, type ProbeNote, type Session } from '../session/session.ts';
import { wayBack } from '../session/way-back.ts';
import { menu } from './menu.ts';

/** A walk as every front end holds it: the session, and what is highlighted, peeked and probed on its screen. */
export interface WalkState {
  session: Session;
  /** The highlighted menu item, at a question. */
  cursor: number;
  /** The user moved the highlight here, so a probe's suggestion must not move it. */
  cursorMoved: boolean;
  peeking: boolean;
  /** What each question's probe said, kept across back and forth: taking its suggestion credits the probe. */
  probes: ReadonlyMap<NodeId, ProbeNote>;
}

/** What the user (or a probe) asks of the walk; a front end maps its keys, lines or clicks to these. */
export type Intent =
  /** Take a choice of the question here: the probe's suggestion, or another one that overrides it. The choice is
   * text as a front end read it (a button's data, a line typed); the reducer narrows it against the node. */
  | { type: 'take'; choice: string }
  /** Take the probe's suggestion (plain mode's empty line); nothing without one. */
  | { type: 'accept' }
  /** Enter: take the highlighted choice at a question, pass an info or fix node. */
  | { type: 'continue' }
  /** Back to the previous fork; at a doom, its way back (to `fork`, when a deep-linked doom offers several). */
  | { type: 'back'; fork?: NodeId }
  /** A digit: take the choice on that line at once; at a doom offering several forks, go back to that one. */
  | { type: 'pick'; index: number }
  | { type: 'restart' }
  /** Jump to a fresh or resumed session (the resume offer, a deep link, the browser's history). */
  | { type: 'open'; session: Session }
  | { type: 'move'; by: -1 | 1 }
  | { type: 'select'; index: number }
  | { type: 'peek' }
  /** A probe finished: remember it, and highlight its suggestion unless the user has moved. */
  | { type: 'probe-arrived'; question: NodeId; note: ProbeNote }
  /** "I don't know": the question is probed again, so its old answer no longer counts. */
  | { type: 'probe-again'; question: NodeId };

export const walkState = (session: Session, probes: ReadonlyMap<NodeId, ProbeNote> = new Map()): WalkState => ({
  session,
  cursor: 0,
  cursorMoved: false,
  peeking: false,
  probes,
});

/** A new node: nothing highlighted, nothing peeked; what the probes said is kept. */
const moveTo = (state: WalkState, session: Session): WalkState => (session === state.session ? state : walkState(session, state.probes));

/** Takes a choice here; who answered is the probe when its suggestion was taken, else the user. */
function takeChoice(state: WalkState, choice: ChoiceId): WalkState {
  const note = state.probes.get(currentNode(state.session).id);
  return moveTo(state, take(state.session, choice, note?.suggested === choice ? 'probe' : 'you', note));
}

/** The walk after one intent. Pure: saving, probing and writing are the front end's, on the state this returns. */
export function intend(state: WalkState, intent: Intent, content: ContentLibrary): WalkState {
  const node = currentNode(state.session);
  const items = node.kind === 'question' ? menu(state.session, content) : [];
  switch (intent.type) {
    case 'take':
      return isChoiceOf(node, intent.choice) ? takeChoice(state, intent.choice) : state;
    case 'accept': {
      const suggested = state.probes.get(node.id)?.suggested;
      // A suggestion that leads to a doom is said in words, never accepted by an empty line.
      return node.kind === 'question' && suggested && peek(state.session.snapshot, suggested).kind !== 'doom' ? takeChoice(state, suggested) : state;
    }
    case 'continue': {
      if (node.kind === 'info' || node.kind === 'fix') return moveTo(state, proceed(state.session));
      const choice = items[state.cursor]?.choice;
      return choice ? takeChoice(state, choice) : state;
    }
    case 'pick': {
      const item = items[intent.index] ?? (node.kind === 'doom' ? menu(state.session, content)[intent.index] : undefined);
      if (item?.choice) return takeChoice(state, item.choice);
      // "I don't know" is highlighted, not taken: probing again is the front end's.
      if (item?.dontKnow) return { ...state, cursor: intent.index, cursorMoved: true };
      // Only a line numbered for that digit: a single way back is b's, not 1's.
      return item?.fork && item.key === String(intent.index + 1) ? intend(state, { type: 'back', fork: item.fork }, content) : state;
    }
    case 'back': {
      const previous = node.kind === 'doom' ? wayBack(state.session, intent.fork) : back(state.session);
      if (previous === state.session) return state;
      // Rest on the choice taken last time, so the way that led to trouble is in plain sight.
      // A deep-linked doom took no choice here: the first line, not the "I don't know" line that has no choice either.
      const taken = state.session.trail[previous.trail.length]?.answer;
      const cursor = taken === undefined ? 0 : Math.max(0, menu(previous, content).findIndex((item) => item.choice === taken));
      return { ...moveTo(state, previous), cursor, cursorMoved: true };
    }
    case 'restart':
      // A walk opened at an ending (a deep link to a doom) starts over at the beginning, not at that ending again.
      return walkState(isEnding(nodeById(state.session.startAt)) ? startSession(START) : restart(state.session), state.probes);
    case 'open':
      return walkState(intent.session, state.probes);
    case 'move':
      return items.length ? { ...state, cursor: (state.cursor + items.length + intent.by) % items.length, cursorMoved: true } : state;
    case 'select':
      return intent.index < items.length ? { ...state, cursor: intent.index, cursorMoved: true } : state;
    case 'peek':
      return node.kind === 'question' ? { ...state, peeking: !state.peeking } : state;
    case 'probe-arrived': {
      const probes = new Map(state.probes).set(intent.question, intent.note);
      // Never onto a doom: the host's bad state is said in words, and the highlight stays where it was.
      const intoDoom = intent.note.suggested !== undefined && node.id === intent.question && peek(state.session.snapshot, intent.note.suggested).kind === 'doom';
      const suggested = node.id === intent.question && !state.cursorMoved && !intoDoom ? items.findIndex((item) => item.choice === intent.note.suggested) : -1;
      return { ...state, probes, ...(suggested >= 0 ? { cursor: suggested } : {}) };
    }
    case 'probe-again': {
      const probes = new Map(state.probes);
      probes.delete(intent.question);
      return { ...state, probes };
    }
  }
}
