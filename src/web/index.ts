import { K8sAdventureElement } from './player.ts';
import type { ReachDetail } from './events.ts';

// `k8s-adventure/player`: importing it defines <k8s-adventure> where there is a DOM, once; on a server it only loads.
export { K8sAdventureElement };
export { REACH_EVENTS, type ReachDetail, type ReachKind } from './events.ts';
export { BOOKS, ROUTINGS, type Book, type Routing } from './attributes.ts';

declare global {
  interface HTMLElementTagNameMap {
    'k8s-adventure': K8sAdventureElement;
  }
  interface HTMLElementEventMap {
    'k8s-adventure-doom': CustomEvent<ReachDetail>;
    'k8s-adventure-fix': CustomEvent<ReachDetail>;
    'k8s-adventure-ready': CustomEvent<ReachDetail>;
  }
}
