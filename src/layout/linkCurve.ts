import type { GraphLink, GraphNode } from '../model/graph';
import { nodeKindOf } from '../model/nodeId';
import type { Point, Positions } from '../lib/geometry';
import { outlineDistance } from './nodeGeometry';

/*
 * One link's path: what the page needs to draw links (and to draw a dragged node's links
 * straight). The routing that bends them clear of the picture (routeLinks) builds on it, and runs
 * at build time or in the import worker, so it stays out of the page's first bundle.
 */

/** Gap between a node's edge and a link's end, in layout units (room for the arrow's tip). */
export const arrowGap = 3;
/** The arrowhead's length and width, in layout units (see LinkMarkers). */
export const arrowSize = 8;

/** Which way a link's arrow points: benefits flow from a provider, to a beneficiary. */
export function linkEnds(link: GraphLink): { from: string; to: string } {
  return link.kind === 'provides' ? { from: link.source, to: link.target } : { from: link.target, to: link.source };
}

/** A cubic Bézier curve: its ends and two control points, in layout units. */
export interface Curve {
  readonly start: Point;
  readonly c1: Point;
  readonly c2: Point;
  readonly end: Point;
}

/** The point `distance` along the way from `p` towards `q`. */
export const towards = (p: Point, q: Point, distance: number): Point => {
  const d = Math.hypot(q.x - p.x, q.y - p.y) || 1;
  return { x: p.x + ((q.x - p.x) / d) * distance, y: p.y + ((q.y - p.y) / d) * distance };
};

/**
 * A cubic curve from the outline of one node to (an arrow's gap off) the other's, its two
 * control points bowed sideways by `bend1` (near the start) and `bend2` (near the end): one bow
 * for an arc, two opposite ones for an S that slips between nodes.
 */
export function curve(from: Point, to: Point, fromNode: GraphNode, toNode: GraphNode, bend1: number, bend2: number): Curve {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const nx = -dy / length;
  const ny = dx / length;
  const c1 = { x: from.x + dx / 3 + nx * bend1, y: from.y + dy / 3 + ny * bend1 };
  const c2 = { x: from.x + (2 * dx) / 3 + nx * bend2, y: from.y + (2 * dy) / 3 + ny * bend2 };
  const fromGap = outlineDistance(fromNode, c1.x - from.x, c1.y - from.y) + 1;
  const toGap = outlineDistance(toNode, c2.x - to.x, c2.y - to.y) + arrowGap;
  return { start: towards(from, c1, fromGap), c1, c2, end: towards(to, c2, toGap) };
}

/** The curve as SVG path data, to tenths of a unit; `straight` draws its chord. */
export function pathOf(c: Curve, straight: boolean): string {
  const r = (n: number) => Math.round(n * 10) / 10;
  if (straight) return `M${r(c.start.x)},${r(c.start.y)}L${r(c.end.x)},${r(c.end.y)}`;
  return `M${r(c.start.x)},${r(c.start.y)}C${r(c.c1.x)},${r(c.c1.y)} ${r(c.c2.x)},${r(c.c2.y)} ${r(c.end.x)},${r(c.end.y)}`;
}

/**
 * The same path run on to the centre of any benefit type it touches, under the pill. Small frames
 * draw short labels in pills of another size, so a link there meets the pill wherever its outline
 * is; an arrowhead into a benefit type then hides under it, which the dash still tells apart.
 */
export function reachCentres(d: string, link: GraphLink, positions: Positions): string {
  const { from, to } = linkEnds(link);
  const at = (id: string) => positions.get(id) ?? { x: 0, y: 0 };
  const r = (n: number) => Math.round(n * 10) / 10;
  let path = d;
  if (nodeKindOf(from) === 'benefit') path = `M${r(at(from).x)},${r(at(from).y)}L${path.slice(1)}`;
  if (nodeKindOf(to) === 'benefit') path = `${path}L${r(at(to).x)},${r(at(to).y)}`;
  return path;
}

/** A straight path between two nodes' outlines: for a link whose end is being dragged. */
export function straightRoute(link: GraphLink, source: GraphNode, target: GraphNode, positions: Positions): string {
  const { from } = linkEnds(link);
  const [fromNode, toNode] = from === source.id ? [source, target] : [target, source];
  const origin = { x: 0, y: 0 };
  return pathOf(curve(positions.get(fromNode.id) ?? origin, positions.get(toNode.id) ?? origin, fromNode, toNode, 0, 0), true);
}
