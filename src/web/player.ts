import { Marked } from 'marked';
import { entries } from 'virtual:k8s-adventure/content';
import { isNodeId, START, type NodeId } from '../../machines/index.ts';
import type { ContentLibrary } from '../content/node-content.ts';
import { replayTrail } from '../session/replay.ts';
import { canGoBack, currentNode, startSession, type Session, type TrailStep } from '../session/session.ts';
import { intend, walkState, type Intent, type WalkState } from '../view/intents.ts';
import { breadcrumb } from '../view/breadcrumb.ts';
import { choicesOf } from '../view/menu.ts';
import { peekAt } from '../view/peek.ts';
import { screenOf, type Screen } from '../view/screen.ts';
import { readOptions } from './attributes.ts';
import { buttonIntent } from './button-intent.ts';
import { ElementBase, defineOnce } from './define.ts';
import { announceArrival, forgetArrival } from './events.ts';
import { escapeHtml } from './escape.ts';
import { PLAYER_CSS } from './player-styles.ts';
import { withHostState } from './routing.ts';

const content: ContentLibrary = new Map(entries);
const marked = new Marked({ async: false });
const html = (markdown: string) => marked.parse(markdown) as string;

/** What a history entry remembers: enough to rebuild the walk, so browser back and forward work. */
interface HistoryState {
  k8sAdventure: { startAt: NodeId; trail: TrailStep[] };
}

/** The node the URL hash names; a hash that is not valid percent-encoding (`#%E0%A4%A`) names none, like an unknown id. */
const nodeFromHash = (): NodeId | undefined => {
  let id: string;
  try {
    id = decodeURIComponent(location.hash.slice(1));
  } catch {
    return undefined;
  }
  return isNodeId(id) ? id : undefined;
};

/**
 * `<k8s-adventure start="node-id">`: the adventure in a docs page, on the same machines and content as the
 * terminal. The URL hash deep-links to a node (`#bridge-netfilter`), and browser back and forward walk the
 * history. Choices are buttons; 1–9 take them, b goes back, p peeks.
 */
export class K8sAdventureElement extends ElementBase {
  #walk: WalkState = walkState(startSession());
  /** Whether the URL hash drives the player (the default) or the page keeps its hash to itself (routing="none"). */
  #hash = true;
  readonly #root = this.attachShadow({ mode: 'open' });

  connectedCallback(): void {
    const read = readOptions((name) => this.getAttribute(name));
    if (!read.ok) {
      this.#root.innerHTML = `<style>${PLAYER_CSS}</style><p class="error" role="alert">k8s-adventure: ${escapeHtml(read.error)}</p>`;
      return;
    }
    this.#hash = read.options.routing === 'hash';
    const startAt = (this.#hash && nodeFromHash()) || read.options.start;
    this.#walk = walkState(startSession(startAt));
    forgetArrival(this);
    if (this.#hash) {
      history.replaceState(withHostState(this.#state()), '', `#${startAt}`);
      window.addEventListener('popstate', this.#onPopState);
      window.addEventListener('hashchange', this.#onHashChange);
    }
    this.#root.addEventListener('click', this.#onClick);
    this.#root.addEventListener('keydown', this.#onKeyDown as EventListener);
    this.#render(false);
  }

  disconnectedCallback(): void {
    window.removeEventListener('popstate', this.#onPopState);
    window.removeEventListener('hashchange', this.#onHashChange);
    this.#root.removeEventListener('click', this.#onClick);
    this.#root.removeEventListener('keydown', this.#onKeyDown as EventListener);
  }

  #state(): HistoryState {
    const { session } = this.#walk;
    return { k8sAdventure: { startAt: session.startAt, trail: [...session.trail] } };
  }

  /** Opens a session without a history entry of its own: the browser's history, or a link, chose it. */
  #open(session: Session): void {
    this.#walk = intend(this.#walk, { type: 'open', session }, content);
  }

  #onPopState = (event: PopStateEvent): void => {
    const saved = (event.state as HistoryState | null)?.k8sAdventure;
    try {
      this.#open(saved ? replayTrail(saved.startAt, saved.trail) : startSession(nodeFromHash() ?? START));
    } catch {
      this.#open(startSession(nodeFromHash() ?? START));
    }
    this.#render(true);
  };

  /** A link to #node-id (from the diagram, or typed) opens that node. */
  #onHashChange = (): void => {
    const id = nodeFromHash();
    if (!id || id === currentNode(this.#walk.session).id) return;
    this.#open(startSession(id));
    history.replaceState(withHostState(this.#state()), '', `#${id}`);
    this.#render(true);
  };

  /**
   * Applies an intent. A move is recorded in the browser's history, so the back button returns here, and focus
   * follows to the new node; a peek stays on its button.
   */
  #act(intent: Intent): void {
    const before = this.#walk;
    this.#walk = intend(before, intent, content);
    if (this.#walk.session !== before.session) {
      if (this.#hash) history.pushState(withHostState(this.#state()), '', `#${currentNode(this.#walk.session).id}`);
      this.#render(true);
    } else if (this.#walk !== before) {
      this.#render(false);
      this.#root.querySelector<HTMLButtonElement>('[data-action="peek"]')?.focus();
    }
  }

  #onClick = (event: Event): void => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-action]');
    const intent = button && buttonIntent(button.dataset.action!, button.dataset.choice ?? button.dataset.fork);
    if (intent) this.#act(intent);
  };

  #onKeyDown = (event: KeyboardEvent): void => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (/^[1-9]$/.test(event.key)) this.#act({ type: 'pick', index: Number(event.key) - 1 });
    else if (event.key === 'b') this.#act({ type: 'back' });
    else if (event.key === 'p') this.#act({ type: 'peek' });
    else return;
    event.preventDefault();
  };

  #render(focus: boolean): void {
    const { session, peeking } = this.#walk;
    const screen = screenOf(session, content);
    announceArrival(this, screen.node, screen.title);
    this.#root.innerHTML = `<style>${PLAYER_CSS}</style>
<div class="frame">
  <p class="crumbs">${escapeHtml(breadcrumb(session, Number.POSITIVE_INFINITY).chapters)}</p>
  ${titleHtml(screen)}
  <div class="content">${html(screen.byHand ? screen.byHand.rest : screen.markdown)}</div>
  ${byHandHtml(screen)}
  <ul class="choices" role="list" aria-label="Choices">${choicesHtml(screen, session, peeking)}${wayBackHtml(screen)}</ul>
  ${controlsHtml(screen, session, peeking)}
  <p class="deeplink">In a terminal: <code>k8s-adventure --start-at ${escapeHtml(screen.node.id)}</code></p>
</div>`;
    // After a move, focus goes to the new node's heading, so keyboard and screen-reader users start reading there.
    if (focus) this.#root.querySelector<HTMLElement>('h2.node-title')?.focus();
  }
}

const titleHtml = ({ node, title }: Screen): string =>
  `<h2 class="node-title" tabindex="-1"><span class="badge ${node.kind}">${node.kind.toUpperCase()}</span> ${escapeHtml(title)}</h2>`;

/** The "Check by hand" commands, set apart: the page cannot probe, so the reader runs them. */
const byHandHtml = ({ byHand }: Screen): string =>
  byHand
    ? `<aside class="by-hand" aria-label="Check by hand"><strong>Check it on your node:</strong>${html(byHand.markdown)}<p>The terminal's <code>k8s-adventure</code> runs this check for you.</p></aside>`
    : '';

/** A question's choices as buttons (with where each leads while peeking); Continue at an info or fix node. */
function choicesHtml({ node, menu }: Screen, session: Session, peeking: boolean): string {
  if (node.kind === 'info' || node.kind === 'fix') return '<li><button type="button" data-action="continue">Continue</button></li>';
  if (node.kind !== 'question') return '';
  return choicesOf(menu)
    .map((item) => {
      const ahead = peeking ? peekAt(session, item.choice, content) : undefined;
      const leads = ahead ? `<span class="leads ${ahead.target.kind}">leads to ${ahead.target.kind}: ${escapeHtml(ahead.title)}</span>` : '';
      return `<li><button type="button" data-action="choose" data-choice="${escapeHtml(item.choice)}"><kbd>${item.key}</kbd> ${escapeHtml(item.label)}${leads}</button></li>`;
    })
    .join('');
}

/**
 * A doom's way back, in the page's own words, one button per fork the view-model offers (several only for a deep
 * link to a doom that several forks lead to); the terminal has keys for the same.
 */
function wayBackHtml({ wayBack: way, menu }: Screen): string {
  if (!way) return '';
  const words = way.walked ? 'Back to the fork that led here' : 'Go to the fork';
  return menu
    .filter((item) => item.fork)
    .map((item) => {
      const title = way.forks.find((fork) => fork.id === item.fork)!.title;
      const key = item.key === 'b' ? '' : `<kbd>${item.key}</kbd> `;
      return `<li><button type="button" data-action="way-back" data-fork="${escapeHtml(item.fork!)}">${key}${words}: ${escapeHtml(title)}</button></li>`;
    })
    .join('');
}

const controlsHtml = ({ node }: Screen, session: Session, peeking: boolean): string => `<div class="controls" role="group" aria-label="Navigation">
    <button type="button" data-action="back" ${canGoBack(session) || node.kind === 'doom' ? '' : 'disabled'}>Back</button>
    <button type="button" data-action="restart">Restart</button>
    ${node.kind === 'question' ? `<button type="button" data-action="peek" aria-pressed="${peeking}">Peek</button>` : ''}
  </div>`;

defineOnce('k8s-adventure', K8sAdventureElement);
