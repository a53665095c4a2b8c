import type { Point } from '../lib/geometry';
import type { GraphNode } from '../model/graph';
import { actorRadius, labelGap, labelSideAt, labelSizes, lineLengths, pillHalfSize, textEm, wrapLabel } from './nodeGeometry';

/** Obstacles are grown by this much, for the line's own width, in layout units. */
const clearance = 4;

export interface Circle {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}

export interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** What a link must keep clear of: a node's shape (its own links may touch it) or an actor's label (no link may cross it). */
export interface Obstacle {
  /** The node's index in the routed graph: hits on one node's shape and label count once. */
  readonly node: number;
  readonly shape: Circle | Rect;
  readonly isLabel: boolean;
}

const grow = (r: Rect): Rect => ({ left: r.left - clearance, top: r.top - clearance, right: r.right + clearance, bottom: r.bottom + clearance });

/** The node's shape and, for an actor, its label, at their largest as the full page draws them. */
export function obstaclesOf(node: GraphNode, index: number, at: Point): Obstacle[] {
  if (node.kind === 'benefit') {
    const { width: w, height: h } = pillHalfSize(node);
    return [{ node: index, shape: grow({ left: at.x - w, right: at.x + w, top: at.y - h, bottom: at.y + h }), isLabel: false }];
  }
  const text = textEm('actor', wrapLabel(node.label, lineLengths.full));
  const w = text.width * labelSizes.fullMax;
  const h = text.height * labelSizes.fullMax;
  const near = actorRadius + labelGap;
  const label: Rect = (() => {
    switch (labelSideAt(at)) {
      case 'below':
        return { left: at.x - w / 2, right: at.x + w / 2, top: at.y + near, bottom: at.y + near + h };
      case 'above':
        return { left: at.x - w / 2, right: at.x + w / 2, top: at.y - near - h, bottom: at.y - near };
      case 'left':
        return { left: at.x - near - w, right: at.x - near, top: at.y - h / 2, bottom: at.y + h / 2 };
      case 'right':
        return { left: at.x + near, right: at.x + near + w, top: at.y - h / 2, bottom: at.y + h / 2 };
    }
  })();
  return [
    { node: index, shape: { x: at.x, y: at.y, r: actorRadius + clearance }, isLabel: false },
    { node: index, shape: grow(label), isLabel: true },
  ];
}

export const isCircle = (shape: Circle | Rect): shape is Circle => 'r' in shape;

/** The shape's bounding rectangle. */
export const boundsOf = (shape: Circle | Rect): Rect =>
  isCircle(shape) ? { left: shape.x - shape.r, top: shape.y - shape.r, right: shape.x + shape.r, bottom: shape.y + shape.r } : shape;

/** Whether the segment from (ax, ay) to (bx, by) passes within the circle. */
export function segmentHitsCircle(ax: number, ay: number, bx: number, by: number, c: Circle): boolean {
  const dx = bx - ax;
  const dy = by - ay;
  const length2 = dx * dx + dy * dy || 1;
  const t = Math.max(0, Math.min(1, ((c.x - ax) * dx + (c.y - ay) * dy) / length2));
  const ex = ax + t * dx - c.x;
  const ey = ay + t * dy - c.y;
  return ex * ex + ey * ey < c.r * c.r;
}

/** Liang-Barsky clipping: whether the segment passes through the rectangle. */
export function segmentHitsRect(ax: number, ay: number, bx: number, by: number, r: Rect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = bx - ax;
  const dy = by - ay;
  const clip = (p: number, q: number): boolean => {
    if (p === 0) return q >= 0;
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    return t0 <= t1;
  };
  return clip(-dx, ax - r.left) && clip(dx, r.right - ax) && clip(-dy, ay - r.top) && clip(dy, r.bottom - ay);
}
