import type { GraphNode } from '../../machines/index.ts';

/** The node kinds a page may want to act on: where the reader meets a dead end, a fix, or the end of the walk. */
export const REACH_EVENTS = { doom: 'k8s-adventure-doom', fix: 'k8s-adventure-fix', ready: 'k8s-adventure-ready' } as const;
export type ReachKind = keyof typeof REACH_EVENTS;

export interface ReachDetail {
  id: string;
  kind: ReachKind;
  title: string;
}

const isReachKind = (kind: string): kind is ReachKind => Object.hasOwn(REACH_EVENTS, kind);

/** The last node each element announced, so a re-render of the same node (a peek, a redraw) is not a second arrival. */
const announced = new WeakMap<EventTarget, string>();

/**
 * Tells the page the reader arrived at a doom, a fix or the end: a bubbling, composed CustomEvent, so a listener on
 * the document hears it through any shadow root. Returns the event, or undefined when there was nothing to tell.
 */
export function announceArrival(element: EventTarget, node: Pick<GraphNode, 'id' | 'kind'>, title: string): CustomEvent<ReachDetail> | undefined {
  if (announced.get(element) === node.id) return undefined;
  announced.set(element, node.id);
  if (!isReachKind(node.kind)) return undefined;
  const event = new CustomEvent<ReachDetail>(REACH_EVENTS[node.kind], { bubbles: true, composed: true, detail: { id: node.id, kind: node.kind, title } });
  element.dispatchEvent(event);
  return event;
}

/** Forgets the last arrival, so a player put back on the page announces the node it starts at. */
export const forgetArrival = (element: EventTarget): boolean => announced.delete(element);
