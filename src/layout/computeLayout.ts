import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import type { Graph } from '../model/graph';
import { labelWidth, maxLabelScale, nodeRadius } from './nodeGeometry';
import { actorAnchors } from './actorAnchors';
import { seededRandom } from './seededRandom';

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** Positions by node id, in layout units around the origin. */
export type Positions = ReadonlyMap<string, Point>;

interface SimNode extends SimulationNodeDatum {
  id: string;
  radius: number;
}

const warmUpTicks = 300;

function mean(points: readonly Point[]): Point {
  if (points.length === 0) return { x: 0, y: 0 };
  return {
    x: points.reduce((s, p) => s + p.x, 0) / points.length,
    y: points.reduce((s, p) => s + p.y, 0) / points.length,
  };
}

/**
 * A settled, seeded force layout, a pure function of the graph. Actors are pinned to anchors on
 * an ellipse (the busiest pair facing each other); each benefit type is drawn towards the middle
 * of the actors it links and the forces spread them out so labels do not collide.
 * The app lays out the unfiltered graph once and filters only hide nodes, so a filter never moves
 * a node and the same data and filters always give the same picture, however the view was reached.
 */
export function computeLayout(graph: Graph): Map<string, Point> {
  const anchors = actorAnchors(graph);
  const linked = new Map<string, Point[]>();
  for (const link of graph.links) {
    const anchor = anchors.get(link.source);
    if (anchor !== undefined) linked.set(link.target, [...(linked.get(link.target) ?? []), anchor]);
  }
  const targets = new Map([...linked].map(([id, points]) => [id, mean(points)]));
  const random = seededRandom(42);

  const nodes: SimNode[] = graph.nodes.map((node) => {
    const radius = Math.max(nodeRadius(node.kind), (labelWidth(node.label) * maxLabelScale) / 2) + 6;
    const anchor = anchors.get(node.id);
    if (anchor !== undefined) return { id: node.id, radius, x: anchor.x, y: anchor.y, fx: anchor.x, fy: anchor.y };
    const start = targets.get(node.id) ?? { x: 0, y: 0 };
    return { id: node.id, radius, x: start.x + (random() - 0.5) * 40, y: start.y + (random() - 0.5) * 40 };
  });

  const links: SimulationLinkDatum<SimNode>[] = graph.links.map((l) => ({ source: l.source, target: l.target }));
  const target = (n: SimNode) => targets.get(n.id) ?? { x: 0, y: 0 };
  forceSimulation(nodes)
    .randomSource(random)
    .force('link', forceLink<SimNode, SimulationLinkDatum<SimNode>>(links).id((n) => n.id).distance(120).strength(0.05))
    .force('charge', forceManyBody<SimNode>().strength(-700).distanceMax(400))
    // Circles sized by half the (wrapped) label width keep labels apart; a rectangle force would
    // pack tighter, but these graphs are small.
    .force('collide', forceCollide<SimNode>((n) => n.radius).strength(1).iterations(6))
    .force('x', forceX<SimNode>((n) => target(n).x).strength(0.12))
    .force('y', forceY<SimNode>((n) => target(n).y).strength(0.02))
    .stop()
    .tick(warmUpTicks);

  return new Map(nodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
}
