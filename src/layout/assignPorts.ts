import type { Point } from '../lib/geometry';
import type { GraphLink, GraphNode } from '../model/graph';
import { arrowGap, arrowSize, linkEnds } from './linkCurve';
import { outlineDistance } from './nodeGeometry';

/**
 * Arrowheads into one node keep their tips at least this far apart. They point at the node's
 * centre, so their bases (further out) are further apart still, and they never overlap.
 */
export const arrowSpacing = arrowSize;

/** Spreading passes round one node: enough for any number of arrows that fit round it. */
const maxPasses = 100;

/**
 * The angle, in radians, at which each link's arrow meets its node: the direction it comes from,
 * spread so that arrowheads into one node keep `arrowSpacing` apart (their tips on a circle round
 * the node). O(links x passes).
 */
export function assignPorts(links: readonly GraphLink[], byId: ReadonlyMap<string, GraphNode>, at: (id: string) => Point): Map<string, number> {
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
    for (let pass = 0; pass < maxPasses && list.length > 1; pass++) {
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
