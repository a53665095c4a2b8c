import type { Graph } from '../model/graph';
import type { Point } from '../lib/geometry';
import { nodeBox } from './nodeGeometry';

/** Half-axes of the smallest ellipse actors sit on, in layout units: wider than tall, like a slide. */
const baseRadiusX = 300;
const baseRadiusY = 220;
/** Space kept between neighbouring actors' boxes on the ring. */
const ringGap = 16;

/**
 * Fixed places for the actors on an ellipse. Actors are ranked by how many links they have, and
 * the ranks fill the slots left, right, top, bottom, then the gaps between, so the two busiest
 * actors face each other across the middle, where the benefit types they share will settle.
 * The ring grows with the number of actors, so that neighbours (circle and label) never overlap.
 */
export function actorAnchors(graph: Graph): Map<string, Point> {
  const degree = new Map<string, number>();
  for (const link of graph.links) degree.set(link.source, (degree.get(link.source) ?? 0) + 1);
  const actorNodes = graph.nodes.filter((n) => n.kind === 'actor');
  const actors = actorNodes
    .map((n, order) => ({ id: n.id, order, degree: degree.get(n.id) ?? 0 }))
    .sort((a, b) => b.degree - a.degree || a.order - b.order);
  const count = actors.length;
  const { radiusX, radiusY } = ringRadii(actorNodes, count);
  const slots = slotOrder(count);
  const anchors = new Map<string, Point>();
  actors.forEach((actor, rank) => {
    const slot = slots[rank] ?? rank;
    const angle = Math.PI + (2 * Math.PI * slot) / count;
    anchors.set(actor.id, { x: radiusX * Math.cos(angle), y: radiusY * Math.sin(angle) });
  });
  return anchors;
}

/**
 * The ellipse's half-axes. Neighbouring slots are `2 sin(pi / count)` radians of the short axis
 * apart at the least, so the short axis must be at least the widest actor box over that.
 */
function ringRadii(actorNodes: Graph['nodes'], count: number): { radiusX: number; radiusY: number } {
  if (count < 3) return { radiusX: baseRadiusX, radiusY: baseRadiusY };
  let widest = 0;
  for (const node of actorNodes) {
    // Whichever side its label takes, an actor fits in a square this wide.
    const box = nodeBox(node, { x: 1, y: 0 });
    widest = Math.max(widest, box.left + box.right, box.above + box.below);
  }
  const needed = (widest + ringGap) / (2 * Math.sin(Math.PI / count));
  const radiusY = Math.max(baseRadiusY, needed);
  return { radiusX: (radiusY * baseRadiusX) / baseRadiusY, radiusY };
}

/**
 * Slot indices around a ring of `count`: slot 0 first, then each time the free slot farthest from
 * all taken ones (ties to the lower index). For four: left, right, top, bottom. O(count²): each
 * slot remembers its distance to the nearest taken slot, updated as slots are taken.
 */
export function slotOrder(count: number): number[] {
  const order: number[] = [];
  const nearest = new Array<number>(count).fill(count);
  const taken = new Array<boolean>(count).fill(false);
  const gap = (a: number, b: number) => Math.min(Math.abs(a - b), count - Math.abs(a - b));
  while (order.length < count) {
    let best = -1;
    for (let slot = 0; slot < count; slot++) {
      if (!taken[slot] && (best < 0 || (nearest[slot] as number) > (nearest[best] as number))) best = slot;
    }
    order.push(best);
    taken[best] = true;
    for (let slot = 0; slot < count; slot++) nearest[slot] = Math.min(nearest[slot] as number, gap(slot, best));
  }
  return order;
}
