import type { Point } from '../lib/geometry';

/**
 * An SVG path from `from` to `to`, trimmed so it starts and ends at the nodes' edges (arrowheads
 * stay visible), bowed sideways by `bend` layout units so parallel links between one pair of
 * nodes do not overlap. `bend = 0` gives a straight line.
 */
export function linkPath(from: Point, to: Point, fromRadius: number, toRadius: number, bend = 0): string {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const control = {
    x: (from.x + to.x) / 2 - (dy / length) * bend,
    y: (from.y + to.y) / 2 + (dx / length) * bend,
  };
  const towards = (p: Point, q: Point, distance: number): Point => {
    const d = Math.hypot(q.x - p.x, q.y - p.y) || 1;
    return { x: p.x + ((q.x - p.x) / d) * distance, y: p.y + ((q.y - p.y) / d) * distance };
  };
  const start = towards(from, control, fromRadius);
  const end = towards(to, control, toRadius);
  const r = (n: number) => Math.round(n * 10) / 10;
  if (bend === 0) return `M${r(start.x)},${r(start.y)}L${r(end.x)},${r(end.y)}`;
  return `M${r(start.x)},${r(start.y)}Q${r(control.x)},${r(control.y)} ${r(end.x)},${r(end.y)}`;
}
