import type { GraphLink, GraphNode } from '../model/graph';
import type { Point, Positions } from '../lib/geometry';
import { ArrowTips } from './arrowTips';
import { arrowSpacing, assignPorts } from './assignPorts';
import { sampleBuffer, sampleCurve } from './curveSamples';
import { arrowGap, curve, linkEnds, pathOf, towards, type Curve } from './linkCurve';
import { obstaclesOf, type Rect } from './linkObstacles';
import { outlineDistance } from './nodeGeometry';
import { leavesFrame, ObstacleGrid } from './obstacleGrid';
import { graphViewBox } from './viewBox';

/** Sideways bows tried for each link, in layout units, smallest first. */
const bendStep = 16;
const maxBend = 320;
const bends = [0];
for (let b = bendStep; b <= maxBend; b += bendStep) bends.push(b, -b);
/** How far out the curve's last control point sits, as a share of the link's length: tried in turn. */
const reaches = [0.3, 0.18, 0.45];
/** Turns of a link's port away from where the spreading put it, in radians: tried in turn. */
const portShifts = [0];
for (let turn = Math.PI / 12; turn <= Math.PI + 1e-9; turn += Math.PI / 12) portShifts.push(turn, -turn);
/** Ports turned further than this are tried only when nothing nearer is clear. */
const nearShift = Math.PI / 2 + 1e-9;

/**
 * The work routing may do, in candidate curves tested against the picture (each a microsecond or
 * two): shared equally among the links, so that routing any story takes about a second at most,
 * and a small one searches every candidate. Every link is tried at least `minTriesPerLink` times.
 * A link that finds no clear way takes the curve that crossed least among those tried.
 */
const triesPerAttempt = 120_000;
const minTriesPerLink = 8;
/** Crossings counted per candidate: a curve through this many nodes is as bad as one through more. */
const countedCrossings = 6;
/** Routing again with the blocked links first, while it helps and within twice the work above. */
const maxAttempts = 4;

/** A link's path, and what it could not avoid (both 0 for a clear route). */
export interface LinkRoute {
  readonly d: string;
  /** Nodes it passes through or labels it crosses. */
  readonly obstacles: number;
  /** Arrowheads its own overlaps at its end node. */
  readonly crowding: number;
}

interface RoutingContext {
  /** The picture's frame (its viewBox): links stay inside, or they would be cut off. */
  readonly frame: Rect;
  readonly at: (id: string) => Point;
  readonly byId: ReadonlyMap<string, GraphNode>;
  readonly indexOf: ReadonlyMap<string, number>;
  readonly grid: ObstacleGrid;
  readonly ports: ReadonlyMap<string, number>;
  readonly triesPerLink: number;
}

/**
 * SVG paths for the links that keep clear of the picture: each link bows just enough that it
 * passes through no node it does not connect and across no label, that its arrowhead does not
 * overlap another arrowhead at the same node, and that it does not lie on the other link
 * between the same two nodes. Links are placed busiest node first; a link with no clear way
 * takes the bow that crosses least.
 *
 * Cost: O(links) candidate curves (a bounded number each, see `triesPerAttempt`), each tested
 * against the obstacles near it through a grid: near-linear in links, with no all-pairs checks.
 */
export function routeLinks(
  nodes: readonly GraphNode[],
  links: readonly GraphLink[],
  positions: Positions,
  /** Candidates tried per link, in place of an equal share of the budget: for measuring. */
  options: { readonly triesPerLink?: number } = {},
): Map<string, LinkRoute> {
  const origin = { x: 0, y: 0 };
  const at = (id: string) => positions.get(id) ?? origin;
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const indexOf = new Map(nodes.map((n, i) => [n.id, i]));
  const box = graphViewBox(nodes, positions);
  const frame = { left: box.x, top: box.y, right: box.x + box.width, bottom: box.y + box.height };
  const context: RoutingContext = {
    frame,
    at,
    byId,
    indexOf,
    grid: new ObstacleGrid(nodes.flatMap((n, i) => obstaclesOf(n, i, at(n.id))), nodes.length, frame),
    ports: assignPorts(links, byId, at),
    triesPerLink: options.triesPerLink ?? Math.max(minTriesPerLink, Math.floor(triesPerAttempt / Math.max(1, links.length))),
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
  let tried = 0;
  for (let attempt = 0; attempt < maxAttempts && tried < 2 * triesPerAttempt; attempt++) {
    const { routes, tries } = routeInOrder(order, context);
    tried += tries;
    const blocked = new Set(order.filter((l) => {
      const route = routes.get(l.id);
      return route !== undefined && route.obstacles + route.crowding > 0;
    }));
    if (blocked.size < bestBlocked) [best, bestBlocked] = [routes, blocked.size];
    if (blocked.size === 0) break;
    order = [...blocked, ...order.filter((l) => !blocked.has(l))];
  }
  return best ?? new Map();
}

/** The two ends of one candidate family: the first control point and start for each bow. */
interface Bow {
  readonly bend: number;
  readonly c1: Point;
  readonly start: Point;
  /** |c1 - start|, for the length estimate. */
  readonly lead: number;
  /** What lying on the other link between the same two nodes costs. */
  readonly partnerCost: number;
}

function routeInOrder(order: readonly GraphLink[], context: RoutingContext): { routes: Map<string, LinkRoute>; tries: number } {
  const { frame, at, byId, indexOf, grid, ports, triesPerLink } = context;
  const routes = new Map<string, LinkRoute>();
  const tips = new ArrowTips(arrowSpacing);
  const pairBends = new Map<string, number[]>();
  const samples = sampleBuffer();
  let tries = 0;
  for (const link of order) {
    const { from, to } = linkEnds(link);
    const fromNode = byId.get(from);
    const toNode = byId.get(to);
    const port = ports.get(link.id);
    if (fromNode === undefined || toNode === undefined) continue;
    const a = at(from);
    const b = at(to);
    if (port === undefined) {
      routes.set(link.id, { d: pathOf(curve(a, b, fromNode, toNode, 0, 0), true), obstacles: 0, crowding: 0 });
      continue;
    }
    const fromIndex = indexOf.get(from) ?? -1;
    const toIndex = indexOf.get(to) ?? -1;
    // A bow measured the same way for both links of a pair, whichever way each one points.
    const pair = from < to ? `${from}|${to}` : `${to}|${from}`;
    const sameSide = from < to ? 1 : -1;
    const partnerBends = pairBends.get(pair) ?? [];
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length = Math.hypot(dx, dy) || 1;
    // Each bow's first control point and start, worked out when a candidate first needs it.
    const bows: (Bow | undefined)[] = new Array(bends.length);
    const bowAt = (k: number): Bow => {
      let bow = bows[k];
      if (bow === undefined) {
        const bend = bends[k] as number;
        const c1 = { x: a.x + dx / 3 - (dy / length) * bend, y: a.y + dy / 3 + (dx / length) * bend };
        const start = towards(a, c1, outlineDistance(fromNode, c1.x - a.x, c1.y - a.y) + 1);
        const onPartner = partnerBends.filter((other) => Math.abs(other - bend * sameSide) < 2 * bendStep).length;
        bows[k] = bow = { bend, c1, start, lead: Math.hypot(c1.x - start.x, c1.y - start.y), partnerCost: onPartner * 50 };
      }
      return bow;
    };

    let best: { bend: number; curve: Curve; cost: number; obstacles: number; crowding: number } | undefined;
    let triesLeft = triesPerLink;
    // Every candidate is scored: clear of obstacles and other arrowheads first, then the
    // shortest, least turned curve, so a clear route is also a calm one. Candidates that cannot
    // beat the best so far are never drawn out and tested.
    search: for (const shift of portShifts) {
      // Turning an arrow round to the far side of its node is a last resort.
      if (Math.abs(shift) > nearShift && best !== undefined && best.obstacles === 0 && best.crowding === 0) break;
      const ux = Math.cos(port + shift);
      const uy = Math.sin(port + shift);
      const toOutline = outlineDistance(toNode, ux, uy);
      const end = { x: b.x + ux * (toOutline + arrowGap), y: b.y + uy * (toOutline + arrowGap) };
      const crowding = tips.crowding(toIndex, end);
      const fixedCost = crowding * 1000 + Math.abs(shift) * 20;
      for (const reach of reaches) {
        const c2 = { x: b.x + ux * (toOutline + reach * length), y: b.y + uy * (toOutline + reach * length) };
        const tail = Math.hypot(end.x - c2.x, end.y - c2.y);
        for (let k = 0; k < bends.length; k++) {
          const bow = bowAt(k);
          const polygon = bow.lead + Math.hypot(c2.x - bow.c1.x, c2.y - bow.c1.y) + tail;
          const estimate = (polygon + Math.hypot(end.x - bow.start.x, end.y - bow.start.y)) / 2;
          const cost = fixedCost + bow.partnerCost + (estimate / length - 1) * 100;
          if (best !== undefined && cost >= best.cost) continue;
          if (triesLeft-- <= 0) break search;
          const candidate: Curve = { start: bow.start, c1: bow.c1, c2, end };
          sampleCurve(candidate, samples);
          const outside = leavesFrame(samples, frame) ? 1 : 0;
          // Past this many crossings the candidate costs more than the best one; and past
          // `countedCrossings`, one more makes no difference worth the time to count it.
          const enough = Math.min(countedCrossings, best === undefined ? Infinity : Math.ceil((best.cost - cost) / 1000)) - outside;
          const crossed = outside + (enough > 0 ? grid.hits(samples, fromIndex, toIndex, enough) : 0);
          const total = crossed * 1000 + cost;
          if (best === undefined || total < best.cost) best = { bend: bow.bend, curve: candidate, cost: total, obstacles: crossed, crowding };
        }
      }
    }
    tries += triesPerLink - Math.max(0, triesLeft);
    if (best === undefined) continue;
    routes.set(link.id, { d: pathOf(best.curve, false), obstacles: best.obstacles, crowding: best.crowding });
    tips.add(toIndex, best.curve.end);
    pairBends.set(pair, [...partnerBends, best.bend * sameSide]);
  }
  return { routes, tries };
}
