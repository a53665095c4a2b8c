import { describe, expect, it } from 'vitest';
import { arrowOf } from '../../../../src/features/graph/canvas/linkLayers';

describe('arrowOf', () => {
  it('points a straight link along its line, from its start to its end', () => {
    expect(arrowOf('M0,0L30,40')).toEqual({ x: 30, y: 40, dx: 0.6, dy: 0.8 });
  });

  it('points a curve along its last control point, as an SVG marker with orient="auto" does', () => {
    const arrow = arrowOf('M0,0C10,0 100,100 100,110');
    expect(arrow).toMatchObject({ x: 100, y: 110, dx: 0, dy: 1 });
  });

  it('reads negative and fractional numbers, and gives nothing for a path too short to point', () => {
    expect(arrowOf('M-10.5,-2C-1,-1 -3.5,-2 -3.5,-12')).toMatchObject({ x: -3.5, y: -12, dx: 0, dy: -1 });
    expect(arrowOf('')).toBeNull();
  });
});
