import { forceLink, forceManyBody, forceSimulation, forceX, forceY } from 'd3-force';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import type { Graph } from '../model/graph';
import { actorAnchors } from './actorAnchors';
import type { Point } from '../lib/geometry';
import type { NodeBox } from './nodeGeometry';
import { nodeBox } from './nodeGeometry';
import { seededRandom } from './seededRandom';
import { forceBoxCollide, separateBoxes } from './separateBoxes';

interface SimNode extends SimulationNodeDatum {
  readonly id: string;
  readonly box: NodeBox;
}

const warmUpTicks = 300;
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
  // Sum of the anchors each benefit type is linked to, and how many: their mean is its target.
  const sums = new Map<string, { x: number; y: number; count: number }>();
  for (const link of graph.links) {
    const anchor = anchors.get(link.source);
    if (anchor === undefined) continue;
    const sum = sums.get(link.target);
    if (sum === undefined) sums.set(link.target, { x: anchor.x, y: anchor.y, count: 1 });
    else {
      sum.x += anchor.x;
      sum.y += anchor.y;
      sum.count++;
    }
  }
  const targetOf = (id: string): Point => {
    const sum = sums.get(id);
    return sum === undefined ? { x: 0, y: 0 } : { x: sum.x / sum.count, y: sum.y / sum.count };
  };
  const random = seededRandom(42);

  const nodes: SimNode[] = graph.nodes.map((node) => {
    const box = nodeBox(node);
    const anchor = anchors.get(node.id);
    if (anchor !== undefined) return { id: node.id, box, x: anchor.x, y: anchor.y, fx: anchor.x, fy: anchor.y };
    const start = targetOf(node.id);
    return { id: node.id, box, x: start.x + (random() - 0.5) * 40, y: start.y + (random() - 0.5) * 40 };
  });
  const targets = new Map(nodes.map((n) => [n.id, targetOf(n.id)]));
  const target = (n: SimNode) => targets.get(n.id) ?? { x: 0, y: 0 };

  const links: SimulationLinkDatum<SimNode>[] = graph.links.map((l) => ({ source: l.source, target: l.target }));
  forceSimulation(nodes)
    .randomSource(random)
    .force('link', forceLink<SimNode, SimulationLinkDatum<SimNode>>(links).id((n) => n.id).distance(120).strength(0.05))
    .force('charge', forceManyBody<SimNode>().strength(-150).distanceMax(400))
    .force('collide', forceBoxCollide(boxPadding))
    .force('x', forceX<SimNode>((n) => target(n).x).strength(0.05))
    .force('y', forceY<SimNode>((n) => target(n).y).strength(0.08))
    .stop()
    .tick(warmUpTicks);
  // The forces leave boxes nearly apart; finish the job exactly, so no label ever overlaps.
  separateBoxes(nodes, boxPadding);

  return new Map(nodes.map((n) => [n.id, { x: n.x ?? 0, y: n.y ?? 0 }]));
}
