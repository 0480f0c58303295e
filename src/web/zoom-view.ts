/** Where the drawing sits in its viewport: moved by (x, y) CSS pixels, then scaled from its top-left corner. */
export interface View {
  x: number;
  y: number;
  scale: number;
}

export interface Size {
  width: number;
  height: number;
}

/** Closer than life size helps nobody; farther out than the whole graph shows nothing more. */
export const MAX_SCALE = 3;
export const STEP = 1.25;

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** The scale at which the whole drawing fits the viewport (never above life size). */
export const fitScale = (drawing: Size, viewport: Size): number => Math.min(1, viewport.width / drawing.width, viewport.height / drawing.height);

/** The whole drawing, centred. */
export function fitView(drawing: Size, viewport: Size): View {
  const scale = fitScale(drawing, viewport);
  return { scale, x: (viewport.width - drawing.width * scale) / 2, y: (viewport.height - drawing.height * scale) / 2 };
}

/**
 * The view a page opens with: life size, where Graphviz's labels are 12–15 px, with the focus (the start node's top
 * centre, in the drawing's own pixels) at the top middle of the viewport; a drawing that fits anyway is shown whole.
 */
export function readableView(drawing: Size, viewport: Size, focus: { x: number; y: number }): View {
  if (fitScale(drawing, viewport) === 1) return fitView(drawing, viewport);
  const x = Math.min(0, Math.max(viewport.width - drawing.width, viewport.width / 2 - focus.x));
  const y = Math.min(0, Math.max(viewport.height - drawing.height, 24 - focus.y));
  return { scale: 1, x, y };
}

/** Zooms by a factor about a point of the viewport (the pointer, or its centre), which stays where it is. */
export function zoomAt(view: View, factor: number, point: { x: number; y: number }, minScale: number): View {
  const scale = clamp(view.scale * factor, Math.min(minScale, 1), MAX_SCALE);
  const applied = scale / view.scale;
  return { scale, x: point.x - (point.x - view.x) * applied, y: point.y - (point.y - view.y) * applied };
}

/** Moves the drawing by (dx, dy) CSS pixels, keeping at least a corner of it in the viewport. */
export function panBy(view: View, dx: number, dy: number, drawing: Size, viewport: Size): View {
  const keep = 40;
  const x = clamp(view.x + dx, keep - drawing.width * view.scale, viewport.width - keep);
  const y = clamp(view.y + dy, keep - drawing.height * view.scale, viewport.height - keep);
  return { ...view, x, y };
}

export const transformOf = (view: View): string => `translate(${view.x.toFixed(1)}px, ${view.y.toFixed(1)}px) scale(${view.scale.toFixed(4)})`;
