import { describe, expect, it } from 'vitest';
import { fitCamera, toLayout, toScreen, zoomedCamera } from '../../../../src/features/graph/canvas/canvasCamera';

describe('the canvas camera', () => {
  const viewBox = { x: -500, y: -250, width: 1000, height: 500 };

  it('fits the viewBox in the frame, centred, as SVG’s xMidYMid meet does', () => {
    const camera = fitCamera(viewBox, { width: 800, height: 800 });
    expect(camera.k).toBeCloseTo(0.8);
    expect(toScreen(camera, { x: 0, y: 0 })).toEqual({ x: 400, y: 400 });
    expect(toScreen(camera, { x: -500, y: -250 })).toEqual({ x: 0, y: 200 });
    expect(toScreen(camera, { x: 500, y: 250 })).toEqual({ x: 800, y: 600 });
  });

  it('applies the reader’s zoom on top of the fit, and maps screen points back to layout units', () => {
    const fit = fitCamera(viewBox, { width: 1000, height: 500 });
    const camera = zoomedCamera(fit, { k: 2, x: -500, y: -250 });
    expect(camera.k).toBe(2);
    // Zoomed twice about the frame's centre: the centre stays where it was.
    expect(toScreen(camera, { x: 0, y: 0 })).toEqual({ x: 500, y: 250 });
    const p = { x: 123.5, y: -42 };
    const back = toLayout(camera, toScreen(camera, p));
    expect(back.x).toBeCloseTo(p.x);
    expect(back.y).toBeCloseTo(p.y);
  });
});
