import { fitView, panBy, readableView, STEP, transformOf, zoomAt, fitScale, type Size, type View } from './zoom-view.ts';

/**
 * Zoom and pan for the site's whole-graph picture, which is far too large to read at page width. Buttons (+, −,
 * whole graph, reset), keys in the focused viewport (arrows pan, + and − zoom, 0 resets), drag with a mouse or a
 * finger, pinch, and Ctrl+wheel (a trackpad pinch) zoom. A drag never follows the node link it started on.
 */
export function enableZoom(container: HTMLElement): void {
  const viewport = container.querySelector<HTMLElement>('.zoom-viewport')!;
  const drawing = viewport.querySelector<SVGSVGElement>('svg')!;
  const natural: Size = { width: drawing.width.baseVal.value, height: drawing.height.baseVal.value };
  const box = (): Size => ({ width: viewport.clientWidth, height: viewport.clientHeight });
  // The graph's first node is its start: the reader begins there. Measured before any transform, so at life size.
  const start = drawing.querySelector('g.node')?.getBoundingClientRect();
  const origin = drawing.getBoundingClientRect();
  const focus = start ? { x: start.left + start.width / 2 - origin.left, y: start.top - origin.top } : { x: natural.width / 2, y: 0 };
  let view: View = readableView(natural, box(), focus);

  const show = (next: View) => {
    view = next;
    drawing.style.transform = transformOf(view);
    viewport.dataset.scale = view.scale.toFixed(3);
  };
  const centre = () => ({ x: box().width / 2, y: box().height / 2 });
  const zoom = (factor: number, point = centre()) => show(zoomAt(view, factor, point, fitScale(natural, box())));
  const pan = (dx: number, dy: number) => show(panBy(view, dx, dy, natural, box()));
  const actions: Record<string, () => void> = {
    in: () => zoom(STEP),
    out: () => zoom(1 / STEP),
    fit: () => show(fitView(natural, box())),
    reset: () => show(readableView(natural, box(), focus)),
  };

  container.addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-zoom]');
    if (button) actions[button.dataset.zoom!]?.();
  });

  viewport.addEventListener('keydown', (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const step = box().width / 8;
    const keys: Record<string, () => void> = {
      ArrowLeft: () => pan(step, 0),
      ArrowRight: () => pan(-step, 0),
      ArrowUp: () => pan(0, step),
      ArrowDown: () => pan(0, -step),
      '+': actions.in!,
      '=': actions.in!,
      '-': actions.out!,
      '0': actions.reset!,
    };
    const act = keys[event.key];
    if (!act) return;
    act();
    event.preventDefault();
  });

  viewport.addEventListener(
    'wheel',
    (event) => {
      if (!event.ctrlKey && !event.metaKey) return;
      const rect = viewport.getBoundingClientRect();
      zoom(Math.exp(-event.deltaY / 300), { x: event.clientX - rect.left, y: event.clientY - rect.top });
      event.preventDefault();
    },
    { passive: false },
  );

  // Pointers down now, by id: one pans, two pinch.
  const pointers = new Map<number, { x: number; y: number }>();
  let dragged = 0;
  const spread = () => {
    const [a, b] = [...pointers.values()];
    return a && b ? { distance: Math.hypot(a.x - b.x, a.y - b.y), x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : undefined;
  };
  viewport.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    if (pointers.size === 1) dragged = 0;
  });
  viewport.addEventListener('pointermove', (event) => {
    const last = pointers.get(event.pointerId);
    if (!last) return;
    const before = spread();
    pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
    const after = spread();
    if (before && after) {
      const rect = viewport.getBoundingClientRect();
      zoom(after.distance / before.distance, { x: after.x - rect.left, y: after.y - rect.top });
    } else {
      pan(event.clientX - last.x, event.clientY - last.y);
    }
    dragged += Math.abs(event.clientX - last.x) + Math.abs(event.clientY - last.y);
    // Captured only once it is a drag, so a plain click still reaches the node's link.
    if (dragged > 4 && !viewport.hasPointerCapture(event.pointerId)) viewport.setPointerCapture(event.pointerId);
  });
  const lift = (event: PointerEvent) => pointers.delete(event.pointerId);
  viewport.addEventListener('pointerup', lift);
  viewport.addEventListener('pointercancel', lift);
  viewport.addEventListener(
    'click',
    (event) => {
      if (dragged > 4) event.preventDefault();
    },
    true,
  );

  show(view);
}

for (const container of document.querySelectorAll<HTMLElement>('[data-zoom-graph]')) enableZoom(container);
