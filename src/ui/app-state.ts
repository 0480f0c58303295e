import type { NodeId } from '../../machines/index.ts';
import type { ContentLibrary } from '../content/index.ts';
import { atEnding, currentNode, type Session } from '../session/index.ts';
import { intend, walkState, type Intent, type WalkState } from '../view/intents.ts';
import { menu } from '../view/menu.ts';
import type { Action } from './keys.ts';

/** What the app asks of the world after a key: the reducer stays pure, and the app does these in order. */
export type Request = { kind: 'quit'; interrupted: boolean } | { kind: 'report'; session: Session } | { kind: 'dont-know'; question: NodeId };

/** The Ink app's state: the walk, and what only a terminal has (the resume offer, scrolling, a message line). */
export interface AppState {
  screen: 'resume' | 'walk';
  walk: WalkState;
  scroll: number;
  /** How many columns code lines are scrolled sideways. */
  sideways: number;
  message?: string;
  requests: readonly Request[];
  /** Quit was asked: keys after it in the same chunk do nothing. */
  leaving: boolean;
}

export type AppAction =
  | { type: 'key'; action: Action; page: number; maxScroll: number; maxSideways: number }
  | { type: 'intent'; intent: Intent }
  | { type: 'message'; text: string };

export interface AppSetup {
  content: ContentLibrary;
  fresh: Session;
  resume?: { session: Session };
}

export const initialAppState = (fresh: Session, resume: boolean, notice?: string): AppState => ({
  screen: resume ? 'resume' : 'walk',
  walk: walkState(fresh),
  scroll: 0,
  sideways: 0,
  ...(notice ? { message: notice } : {}),
  requests: [],
  leaving: false,
});

/** The walk after an intent; a new node starts at the top of its text, with the last message gone. */
function withWalk(state: AppState, walk: WalkState): AppState {
  if (walk.session === state.walk.session) return { ...state, walk };
  const { message: _gone, ...rest } = state;
  return { ...rest, walk, scroll: 0, sideways: 0 };
}

/** Columns one → or ← moves code sideways. */
const SIDEWAYS_STEP = 20;

const request = (state: AppState, next: Request): AppState => ({ ...state, requests: [...state.requests, next] });

/** A key at the walk: the intent it stands for, or a request for the world; the state unchanged for a key that does nothing here. */
function onKey(state: AppState, action: Action, setup: AppSetup, page: number, maxScroll: number, maxSideways: number): AppState {
  const { walk } = state;
  const node = currentNode(walk.session);
  const go = (intent: Intent) => withWalk(state, intend(walk, intent, setup.content));
  switch (action.type) {
    case 'up':
    case 'down':
      return go({ type: 'move', by: action.type === 'up' ? -1 : 1 });
    case 'pick': {
      // A digit on "I don't know" asks the host again, as Enter on it does.
      const item = menu(walk.session, setup.content)[action.index];
      if (node.kind === 'question' && item?.dontKnow) return request(go({ type: 'probe-again', question: node.id }), { kind: 'dont-know', question: node.id });
      return go({ type: 'pick', index: action.index });
    }
    case 'right':
      return maxSideways > 0 ? { ...state, sideways: Math.min(maxSideways, state.sideways + SIDEWAYS_STEP) } : state;
    case 'left':
      if (state.sideways > 0) return { ...state, sideways: Math.max(0, state.sideways - SIDEWAYS_STEP) };
      return go({ type: 'back' });
    case 'take': {
      // "I don't know": the question is probed again (or, with probes off, explained), by the effect.
      if (node.kind === 'question' && menu(walk.session, setup.content)[walk.cursor]?.dontKnow) {
        return request(go({ type: 'probe-again', question: node.id }), { kind: 'dont-know', question: node.id });
      }
      return go({ type: 'continue' });
    }
    case 'back':
    case 'peek':
    case 'restart':
      return go({ type: action.type });
    case 'report':
      return atEnding(walk.session) ? request(state, { kind: 'report', session: walk.session }) : state;
    case 'scroll': {
      const from = Math.min(state.scroll, maxScroll);
      return { ...state, scroll: Math.min(maxScroll, Math.max(0, from + (action.by === 'page-down' ? page : -page))) };
    }
    default:
      return state;
  }
}

export function appReducer(state: AppState, action: AppAction, setup: AppSetup): AppState {
  switch (action.type) {
    case 'message':
      return { ...state, message: action.text };
    case 'intent':
      return withWalk(state, intend(state.walk, action.intent, setup.content));
    case 'key':
      break;
  }
  if (state.leaving) return state;
  const key = action.action;
  if (key.type === 'interrupt' || key.type === 'quit') return request({ ...state, leaving: true }, { kind: 'quit', interrupted: key.type === 'interrupt' });
  if (state.screen === 'resume') {
    const { message: _gone, ...rest } = state;
    const open = (session: Session): AppState => ({ ...rest, screen: 'walk', walk: intend(state.walk, { type: 'open', session }, setup.content), scroll: 0, sideways: 0 });
    if (key.type === 'take' || key.type === 'restart') return open(setup.resume!.session);
    if (key.type === 'fresh') return open(setup.fresh);
    return state;
  }
  return onKey(state, key, setup, action.page, action.maxScroll, action.maxSideways);
}
