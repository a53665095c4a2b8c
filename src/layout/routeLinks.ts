import type { GraphLink, GraphNode } from '../model/graph';
import type { Point, Positions } from '../lib/geometry';
import {
  actorRadius,
  labelGap,
  labelSideAt,
  labelSizes,
  lineLengths,
  outlineDistance,
  pillEm,
  textEm,
  wrapLabel,
} from './nodeGeometry';
import { arrowGap, arrowSize, curve, linkEnds, pathOf, towards, type Curve } from './linkCurve';
import { graphViewBox } from './viewBox';

/** Sideways bows tried for each link, in layout units, smallest first. */
const bendStep = 16;
const maxBend = 320;
/** Points sampled along each curve when testing it against obstacles. */
const samples = 32;
/** Obstacles are grown by this much, for the line's own width, in layout units. */
const clearance = 4;
/** Above this many links, routing costs more than it helps: links are drawn straight. */
export const maxRoutedLinks = 600;

/** A link's path, and what it could not avoid (both 0 for a clear route). */
export interface LinkRoute {
  readonly d: string;
  /** Nodes it passes through or labels it crosses. */
  readonly obstacles: number;
  /** Arrowheads its own overlaps at its end node. */
  readonly crowding: number;
}

interface Circle {
  readonly x: number;
  readonly y: number;
  readonly r: number;
}
interface Rect {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}
interface Obstacles {
  readonly id: string;
  /** The node itself: an actor's circle or a benefit's pill. Links to the node may touch it. */
  readonly shape: Circle | Rect;
  /** An actor's label, which no link may cross, not even the actor's own. */
  readonly label: Rect | null;
}

const grow = (r: Rect): Rect => ({ left: r.left - clearance, top: r.top - clearance, right: r.right + clearance, bottom: r.bottom + clearance });

/** The node's shape and label at their largest, as the full page draws them. */
function obstaclesOf(node: GraphNode, at: Point): Obstacles {
  const lines = wrapLabel(node.label, lineLengths.full);
  const f = labelSizes.fullMax;
  if (node.kind === 'benefit') {
    const size = pillEm(lines);
    const w = (size.width * f) / 2;
    const h = (size.height * f) / 2;
    return { id: node.id, shape: grow({ left: at.x - w, right: at.x + w, top: at.y - h, bottom: at.y + h }), label: null };
  }
  const text = textEm('actor', lines);
  const w = text.width * f;
  const h = text.height * f;
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
  return { id: node.id, shape: { x: at.x, y: at.y, r: actorRadius + clearance }, label: grow(label) };
}

function segmentHitsCircle(a: Point, b: Point, c: Circle): boolean {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy || 1;
  const t = Math.max(0, Math.min(1, ((c.x - a.x) * dx + (c.y - a.y) * dy) / length2));
  return Math.hypot(a.x + t * dx - c.x, a.y + t * dy - c.y) < c.r;
}

/** Liang-Barsky clipping: whether the segment passes through the rectangle. */
function segmentHitsRect(a: Point, b: Point, r: Rect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - r.left],
    [dx, r.right - a.x],
    [-dy, a.y - r.top],
    [dy, r.bottom - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
      if (t0 > t1) return false;
    }
  }
  return true;
}

function pointAt({ start, c1, c2, end }: Curve, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return { x: a * start.x + b * c1.x + c * c2.x + d * end.x, y: a * start.y + b * c1.y + c * c2.y + d * end.y };
}

const isCircle = (shape: Circle | Rect): shape is Circle => 'r' in shape;

/** Whether the curve runs out of the frame anywhere. */
function leaves(c: Curve, frame: Rect): boolean {
  for (let i = 0; i <= samples; i++) {
    const p = pointAt(c, i / samples);
    if (p.x < frame.left || p.x > frame.right || p.y < frame.top || p.y > frame.bottom) return true;
  }
  return false;
}

/** The curve's length, from the same samples the obstacle test uses. */
function lengthOf(c: Curve): number {
  let length = 0;
  let previous = c.start;
  for (let i = 1; i <= samples; i++) {
    const next = pointAt(c, i / samples);
    length += Math.hypot(next.x - previous.x, next.y - previous.y);
    previous = next;
  }
  return length;
}

/** How many obstacles the curve runs through: other nodes, and every actor's label. */
function hits(c: Curve, obstacles: readonly Obstacles[], fromId: string, toId: string): number {
  let count = 0;
  for (const o of obstacles) {
    const own = o.id === fromId || o.id === toId;
    let hit = false;
    let previous = c.start;
    for (let i = 1; i <= samples && !hit; i++) {
      const next = pointAt(c, i / samples);
      if (!own) hit = isCircle(o.shape) ? segmentHitsCircle(previous, next, o.shape) : segmentHitsRect(previous, next, o.shape);
      if (!hit && o.label !== null) hit = segmentHitsRect(previous, next, o.label);
      previous = next;
    }
    if (hit) count++;
  }
  return count;
}

/**
 * Arrowheads into one node keep their tips at least this far apart. They point at the node's
 * centre, so their bases (further out) are further apart still, and they never overlap.
 */
const arrowSpacing = arrowSize;

/** How far out the curve's last control point sits, as a share of the link's length: tried in turn. */
const reaches = [0.3, 0.18, 0.45];
/** Turns of a link's port away from where the spreading put it, in radians: tried in turn. */
const portShifts = [0];
for (let turn = Math.PI / 12; turn <= Math.PI + 1e-9; turn += Math.PI / 12) portShifts.push(turn, -turn);
/** Ports turned further than this are tried only when nothing nearer is clear. */
const nearShift = Math.PI / 2 + 1e-9;

/**
 * A curve that arrives at its end node at a given angle (its port): the last control point sits
 * on the ray through the port, so the arrowhead points at the node's centre; the first is bowed
 * sideways by `bend` to find a way between other nodes.
 */
function portCurve(from: Point, to: Point, fromNode: GraphNode, toNode: GraphNode, port: number, bend: number, reach: number): Curve {
  const dx = to.x - from.x;
  const dy = to.y - from.y;
  const length = Math.hypot(dx, dy) || 1;
  const ux = Math.cos(port);
  const uy = Math.sin(port);
  const toOutline = outlineDistance(toNode, ux, uy);
  const c2 = { x: to.x + ux * (toOutline + reach * length), y: to.y + uy * (toOutline + reach * length) };
  const c1 = { x: from.x + dx / 3 - (dy / length) * bend, y: from.y + dy / 3 + (dx / length) * bend };
  const fromGap = outlineDistance(fromNode, c1.x - from.x, c1.y - from.y) + 1;
  const end = { x: to.x + ux * (toOutline + arrowGap), y: to.y + uy * (toOutline + arrowGap) };
  return { start: towards(from, c1, fromGap), c1, c2, end };
}

/**
 * The angle at which each link's arrow meets its node: the direction it comes from, spread so
 * that arrowheads into one node keep `arrowSpacing` apart (their tips on a circle round the node).
 */
function assignPorts(links: readonly GraphLink[], byId: ReadonlyMap<string, GraphNode>, at: (id: string) => Point): Map<string, number> {
  const incoming = new Map<string, { id: string; angle: number }[]>();
  for (const link of links) {
    const { from, to } = linkEnds(link);
    const a = at(from);
    const b = at(to);
    const list = incoming.get(to) ?? [];
    list.push({ id: link.id, angle: Math.atan2(a.y - b.y, a.x - b.x) });
    incoming.set(to, list);
  }
  const ports = new Map<string, number>();
  for (const [nodeId, list] of incoming) {
    const node = byId.get(nodeId);
    if (node === undefined) continue;
    // The tightest radius round the node, where tips are closest together.
    const radius = Math.min(outlineDistance(node, 0, 1), outlineDistance(node, 1, 0)) + arrowGap;
    const minimum = 2 * Math.asin(Math.min(1, arrowSpacing / 2 / radius));
    list.sort((p, q) => p.angle - q.angle);
    for (let pass = 0; pass < 100 && list.length > 1; pass++) {
      let moved = false;
      for (let i = 0; i < list.length; i++) {
        const here = list[i] as { angle: number };
        const next = list[(i + 1) % list.length] as { angle: number };
        let gap = next.angle - here.angle;
        if (i === list.length - 1) gap += 2 * Math.PI;
        if (gap < minimum) {
          here.angle -= (minimum - gap) / 2 + 1e-6;
          next.angle += (minimum - gap) / 2 + 1e-6;
          moved = true;
        }
      }
      if (!moved) break;
    }
    for (const { id, angle } of list) ports.set(id, angle);
  }
  return ports;
}

/**
 * SVG paths for the links that keep clear of the picture: each link bows just enough that it
 * passes through no node it does not connect and across no label, that its arrowhead does not
 * overlap another arrowhead at the same node, and that it does not lie on the other link
 * between the same two nodes. Links are placed busiest node first; a link with no clear way
 * takes the bow that crosses least.
 */
export function routeLinks(nodes: readonly GraphNode[], links: readonly GraphLink[], positions: Positions): Map<string, LinkRoute> {
  const origin = { x: 0, y: 0 };
  const at = (id: string) => positions.get(id) ?? origin;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const straight = links.length > maxRoutedLinks;
  const frame = graphViewBox(nodes, positions);
  const context: RoutingContext = {
    bounds: { left: frame.x, top: frame.y, right: frame.x + frame.width, bottom: frame.y + frame.height },
    at,
    byId,
    straight,
    obstacles: straight ? [] : nodes.map((n) => obstaclesOf(n, at(n.id))),
    ports: assignPorts(links, byId, at),
  };
  const degree = new Map<string, number>();
  for (const link of links) {
    degree.set(link.source, (degree.get(link.source) ?? 0) + 1);
    degree.set(link.target, (degree.get(link.target) ?? 0) + 1);
  }
  let order = [...links].sort(
    (a, b) => (degree.get(linkEnds(b).to) ?? 0) - (degree.get(linkEnds(a).to) ?? 0) || (a.id < b.id ? -1 : 1),
  );
  // Routed one by one, a link can find its way blocked by those before it: route again with
  // the blocked ones first, a few times, and keep the attempt that leaves the fewest blocked.
  let best: Map<string, LinkRoute> | undefined;
  let bestBlocked = Infinity;
  for (let attempt = 0; attempt < 4; attempt++) {
    const routes = routeInOrder(order, context);
    const blocked = order.filter((l) => {
      const route = routes.get(l.id);
      return route !== undefined && route.obstacles + route.crowding > 0;
    });
    if (blocked.length < bestBlocked) [best, bestBlocked] = [routes, blocked.length];
    if (blocked.length === 0) break;
    order = [...blocked, ...order.filter((l) => !blocked.includes(l))];
  }
  return best ?? new Map();
}

interface RoutingContext {
  /** The picture's frame (its viewBox): links stay inside, or they would be cut off. */
  readonly bounds: Rect;
  readonly at: (id: string) => Point;
  readonly byId: ReadonlyMap<string, GraphNode>;
  readonly straight: boolean;
  readonly obstacles: readonly Obstacles[];
  readonly ports: ReadonlyMap<string, number>;
}

const bends = [0];
for (let b = bendStep; b <= maxBend; b += bendStep) bends.push(b, -b);

function routeInOrder(order: readonly GraphLink[], { bounds, at, byId, straight, obstacles, ports }: RoutingContext): Map<string, LinkRoute> {
  const routes = new Map<string, LinkRoute>();
  const arrowTips = new Map<string, Point[]>();
  const pairBends = new Map<string, number[]>();
  for (const link of order) {
    const { from, to } = linkEnds(link);
    const fromNode = byId.get(from);
    const toNode = byId.get(to);
    if (fromNode === undefined || toNode === undefined) continue;
    const a = at(from);
    const b = at(to);
    const port = ports.get(link.id);
    if (straight || port === undefined) {
      routes.set(link.id, { d: pathOf(curve(a, b, fromNode, toNode, 0, 0), true), obstacles: 0, crowding: 0 });
      continue;
    }
    // A bow measured the same way for both links of a pair, whichever way each one points.
    const pair = from < to ? `${from}|${to}` : `${to}|${from}`;
    const sameSide = from < to ? 1 : -1;
    const taken = arrowTips.get(to) ?? [];
    const straightLength = Math.hypot(b.x - a.x, b.y - a.y) || 1;
    let best: { bend: number; curve: Curve; cost: number; obstacles: number; crowding: number } | undefined;
    // Every candidate is scored: clear of obstacles and other arrowheads first, then the
    // shortest, least turned curve, so a clear route is also a calm one.
    for (const shift of portShifts) {
      // Turning an arrow round to the far side of its node is a last resort.
      if (Math.abs(shift) > nearShift && best !== undefined && best.obstacles === 0 && best.crowding === 0) break;
      for (const reach of reaches)
        for (const bend of bends) {
          const c = portCurve(a, b, fromNode, toNode, port + shift, bend, reach);
          const crowding = taken.filter((t) => Math.hypot(t.x - c.end.x, t.y - c.end.y) < arrowSpacing).length;
          const onPartner = (pairBends.get(pair) ?? []).filter((other) => Math.abs(other - bend * sameSide) < 2 * bendStep).length;
          const cost = crowding * 1000 + onPartner * 50 + (lengthOf(c) / straightLength - 1) * 100 + Math.abs(shift) * 20;
          if (best !== undefined && cost >= best.cost) continue;
          const crossed = hits(c, obstacles, from, to) + (leaves(c, bounds) ? 1 : 0);
          const total = crossed * 1000 + cost;
          if (best === undefined || total < best.cost) best = { bend, curve: c, cost: total, obstacles: crossed, crowding };
        }
    }
    if (best === undefined) continue;
    routes.set(link.id, { d: pathOf(best.curve, false), obstacles: best.obstacles, crowding: best.crowding });
    arrowTips.set(to, [...taken, best.curve.end]);
    pairBends.set(pair, [...(pairBends.get(pair) ?? []), best.bend * sameSide]);
  }
  return routes;
}
