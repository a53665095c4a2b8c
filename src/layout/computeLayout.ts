import { forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import type { Graph } from '../model/graph';
import { actorAnchors } from './actorAnchors';
import { assignSlots } from './assignSlots';
import type { Point } from '../lib/geometry';
import type { NodeBox } from './nodeGeometry';
import { nodeBox } from './nodeGeometry';
import { seededRandom } from './seededRandom';
import { forceBoxCollide, separateBoxes } from './separateBoxes';

interface SimNode extends SimulationNodeDatum {
  readonly id: string;
  readonly box: NodeBox;
}

/** Ticks the simulation settles for, at most; fewer for a large graph (see `ticksFor`). */
const warmUpTicks = 300;
/** Nodes and links the simulation may work through over all its ticks: about 0.2 s here. */
const tickBudget = 300 * 2000;
/** A large graph still gets this many ticks: its benefit types start on their slots already. */
const minTicks = 30;

/**
 * Ticks for a graph: 300 for a story of up to 2,000 nodes and links (the bundled one, any
 * journalist's), fewer above, so that each tick's O(nodes log nodes + links) work stays within a
 * budget: 10,000 claims (15,000 nodes and links) settle in 0.2 s, not 1 s. Actors are pinned and
 * benefit types start on slots near where they go, so a large graph needs the ticks least.
 */
export const ticksFor = (graph: Graph): number =>
  Math.max(minTicks, Math.min(warmUpTicks, Math.floor(tickBudget / Math.max(1, graph.nodes.length + graph.links.length))));
/** Space kept between node boxes, in layout units. */
export const boxPadding = 10;

/**
 * A settled, seeded force layout, a pure function of the graph. Actors are pinned to anchors on
 * an ellipse (the busiest pair facing each other); each benefit type is drawn towards the middle
 * of the actors it links, and boxes around shapes and labels keep every label clear.
 * The app lays out the unfiltered graph once and filters only hide nodes, so a filter never moves
 * a node and the same data and filters always give the same picture, however the view was reached.
 */
export function computeLayout(graph: Graph): Map<string, Point> {
  const anchors = actorAnchors(graph);
  // Each benefit type is drawn to the actors it links, twice as much to those who gain it (or
  // bear it) as to those who provide it: an actor's gains gather on its side of the picture.
  const sums = new Map<string, { x: number; y: number; count: number }>();
  for (const link of graph.links) {
    const anchor = anchors.get(link.source);
    if (anchor === undefined) continue;
    const weight = link.kind === 'provides' ? 1 : 2;
    const sum = sums.get(link.target);
    if (sum === undefined) sums.set(link.target, { x: anchor.x * weight, y: anchor.y * weight, count: weight });
    else {
      sum.x += anchor.x * weight;
      sum.y += anchor.y * weight;
      sum.count += weight;
    }
  }
  const targetOf = (id: string): Point => {
    const sum = sums.get(id);
    return sum === undefined ? { x: 0, y: 0 } : { x: sum.x / sum.count, y: sum.y / sum.count };
  };
  const random = seededRandom(42);
  const degree = new Map<string, number>();
  for (const link of graph.links) degree.set(link.target, (degree.get(link.target) ?? 0) + 1);

  // Benefit types start on a grid inside the ring, each near the actors it links (assignSlots);
  // the forces then loosen the grid a little and the last pass keeps every box apart.
  const fixed = [...anchors].flatMap(([id, at]) => {
    const node = graph.nodes.find((n) => n.id === id);
    return node === undefined ? [] : [{ at, box: nodeBox(node, at) }];
  });
  const ring = {
    x: Math.max(0, ...[...anchors.values()].map((a) => Math.abs(a.x))),
    y: Math.max(0, ...[...anchors.values()].map((a) => Math.abs(a.y))),
  };
  const slots = assignSlots(
    graph.nodes
      .filter((n) => !anchors.has(n.id))
      .map((n) => ({ id: n.id, target: targetOf(n.id), box: nodeBox(n), degree: degree.get(n.id) ?? 0 })),
    fixed,
    { x: ring.x, y: ring.y || ring.x * 0.75 },
    boxPadding,
  );
  const nodes: SimNode[] = graph.nodes.map((node) => {
    const anchor = anchors.get(node.id);
    if (anchor !== undefined)
      return { id: node.id, box: nodeBox(node, anchor), x: anchor.x, y: anchor.y, fx: anchor.x, fy: anchor.y };
    const start = slots.get(node.id) ?? targetOf(node.id);
    return { id: node.id, box: nodeBox(node), x: start.x + (random() - 0.5) * 4, y: start.y + (random() - 0.5) * 4 };
  });
  const targets = new Map(nodes.map((n) => [n.id, slots.get(n.id) ?? targetOf(n.id)]));
  const target = (n: SimNode) => targets.get(n.id) ?? { x: 0, y: 0 };

  const links: SimulationLinkDatum<SimNode>[] = graph.links.map((l) => ({ source: l.source, target: l.target }));
  forceSimulation(nodes)
    .randomSource(random)
    .force('link', forceLink<SimNode, SimulationLinkDatum<SimNode>>(links).id((n) => n.id).distance(120).strength(0.05))
    .force('charge', forceManyBody<SimNode>().strength(-60).distanceMax(200))
    .force('collide', forceBoxCollide(boxPadding))
    .force('x', forceX<SimNode>((n) => target(n).x).strength(0.4))
    .force('y', forceY<SimNode>((n) => target(n).y).strength(0.4))
    .stop()
    .tick(ticksFor(graph));
  // The forces leave boxes nearly apart; finish the job exactly, so no label ever overlaps.
  separateBoxes(nodes, boxPadding);

  return new Map(nodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
}
