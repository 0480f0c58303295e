import { describe, expect, it } from 'vitest';
import { fitView, MAX_SCALE, panBy, readableView, transformOf, zoomAt } from '../../src/web/zoom-view.ts';

const graph = { width: 3468, height: 4739 };
const frame = { width: 1100, height: 750 };

describe('the whole-graph view', () => {
  it('opens at life size with the start node at the top middle, inside the drawing', () => {
    expect(readableView(graph, frame, { x: 2758, y: 10 })).toEqual({ scale: 1, x: 550 - 2758, y: 0 });
    // A start at the far right edge does not leave empty space beyond the drawing.
    expect(readableView(graph, frame, { x: 3460, y: 10 }).x).toBe(frame.width - graph.width);
    // A drawing that fits is shown whole.
    expect(readableView({ width: 400, height: 300 }, frame, { x: 0, y: 0 })).toEqual({ scale: 1, x: 350, y: 225 });
  });

  it('fits the whole drawing, centred', () => {
    const view = fitView(graph, frame);
    expect(view.scale).toBeCloseTo(750 / 4739, 6);
    expect(graph.height * view.scale + 2 * view.y).toBeCloseTo(frame.height, 6);
  });

  it('zooms about a point that stays put, within the whole drawing and three times life size', () => {
    const view = zoomAt({ scale: 1, x: -100, y: -50 }, 2, { x: 300, y: 200 }, 0.2);
    expect(view).toEqual({ scale: 2, x: 300 - 400 * 2, y: 200 - 250 * 2 });
    expect(zoomAt(view, 100, { x: 0, y: 0 }, 0.2).scale).toBe(MAX_SCALE);
    expect(zoomAt(view, 0.001, { x: 0, y: 0 }, 0.2).scale).toBe(0.2);
  });

  it('pans, but never loses the drawing out of the viewport', () => {
    expect(panBy({ scale: 1, x: 0, y: 0 }, -30, -20, graph, frame)).toEqual({ scale: 1, x: -30, y: -20 });
    expect(panBy({ scale: 1, x: 0, y: 0 }, 5000, 5000, graph, frame)).toEqual({ scale: 1, x: frame.width - 40, y: frame.height - 40 });
    expect(panBy({ scale: 1, x: 0, y: 0 }, -9000, -9000, graph, frame)).toEqual({ scale: 1, x: 40 - graph.width, y: 40 - graph.height });
  });

  it('writes a CSS transform', () => {
    expect(transformOf({ scale: 1.25, x: -10, y: 3.14159 })).toBe('translate(-10.0px, 3.1px) scale(1.2500)');
  });
});
