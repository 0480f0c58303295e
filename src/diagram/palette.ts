import type { NodeKind } from '../../machines/index.ts';

/**
 * The colours of each kind of node, in one place: the Mermaid and DOT diagrams, the docs site's legend and the
 * player's badges all read them, so a kind looks the same wherever it is drawn. Browser-safe: the player bundles it.
 */
export const KIND_STYLE: Readonly<Record<NodeKind, { fill: string; stroke: string; color: string }>> = {
  question: { fill: '#e8f0fe', stroke: '#1a56db', color: '#0b2a6f' },
  info: { fill: '#f3f4f6', stroke: '#6b7280', color: '#1f2937' },
  fix: { fill: '#e6f4ea', stroke: '#15803d', color: '#0f3d1f' },
  doom: { fill: '#fde8e8', stroke: '#b91c1c', color: '#5c0a0a' },
  ready: { fill: '#d1fae5', stroke: '#047857', color: '#064e3b' },
};

/** One CSS rule a kind, `.doom { background: …; color: … }`: the player's badges. */
export const KIND_CSS = Object.entries(KIND_STYLE)
  .map(([kind, style]) => `.${kind} { background: ${style.fill}; color: ${style.color}; }`)
  .join('\n');
