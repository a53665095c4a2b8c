import type { Graph } from '../model/graph';
import type { Point } from './computeLayout';

/** Half-axes of the ellipse actors sit on, in layout units: wider than tall, like a slide. */
const radiusX = 340;
const radiusY = 290;

/**
 * Fixed places for the actors on an ellipse. Actors are ranked by how many links they have, and
 * the ranks fill the slots left, right, top, bottom, then the diagonals, so the two busiest actors
 * face each other across the middle, where the benefit types they share will settle.
 */
export function actorAnchors(graph: Graph): Map<string, Point> {
  const degree = new Map<string, number>();
  for (const link of graph.links) degree.set(link.source, (degree.get(link.source) ?? 0) + 1);
  const actors = graph.nodes
    .filter((n) => n.kind === 'actor')
    .map((n, order) => ({ id: n.id, order, degree: degree.get(n.id) ?? 0 }))
    .sort((a, b) => b.degree - a.degree || a.order - b.order);
  const count = actors.length;
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
 * Slot indices around a ring of `count`: slot 0 first, then each time the free slot farthest from
 * all taken ones (ties to the lower index). For four: left, right, top, bottom.
 */
function slotOrder(count: number): number[] {
  const order: number[] = [];
  const gap = (a: number, b: number) => Math.min(Math.abs(a - b), count - Math.abs(a - b));
  while (order.length < count) {
    let best = -1;
    let bestGap = -1;
    for (let slot = 0; slot < count; slot++) {
      if (order.includes(slot)) continue;
      const nearest = order.length === 0 ? count : Math.min(...order.map((t) => gap(slot, t)));
      if (nearest > bestGap) [best, bestGap] = [slot, nearest];
    }
    order.push(best);
  }
  return order;
}
