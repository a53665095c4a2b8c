import type { Point } from '../lib/geometry';
import type { NodeBox } from './nodeGeometry';

/** An actor's place and room: benefit slots keep clear of it. */
export interface Fixed {
  readonly at: Point;
  readonly box: NodeBox;
}

/** A benefit type to place: where its actors pull it, and its room. */
export interface Movable {
  readonly id: string;
  readonly target: Point;
  readonly box: NodeBox;
  /** How many links it has: the busiest choose first. */
  readonly degree: number;
}

const overlaps = (a: Fixed, b: { at: Point; box: NodeBox }, padding: number) =>
  a.at.x - a.box.left < b.at.x + b.box.right + padding &&
  b.at.x - b.box.left < a.at.x + a.box.right + padding &&
  a.at.y - a.box.above < b.at.y + b.box.below + padding &&
  b.at.y - b.box.above < a.at.y + a.box.below + padding;

/**
 * Places benefit types on a grid inside the actors' ring, each as near as it can be to the
 * actors it links: cells as large as the largest node, so no two overlap; the busiest choose
 * first, then pairs swap while that brings both nearer. A grid leaves straight channels between
 * nodes, where links can run without crossing a label.
 */
export function assignSlots(movables: readonly Movable[], fixed: readonly Fixed[], ring: { x: number; y: number }, padding: number): Map<string, Point> {
  const placed = new Map<string, Point>();
  if (movables.length === 0) return placed;
  const width = Math.max(...movables.map((m) => m.box.left + m.box.right)) + padding;
  const height = Math.max(...movables.map((m) => m.box.above + m.box.below)) + padding;
  const cell: NodeBox = { left: width / 2, right: width / 2, above: height / 2, below: height / 2 };

  let slots: Point[] = [];
  for (let grow = 1; slots.length < movables.length; grow *= 1.15) {
    const rx = Math.max(ring.x, width) * grow;
    const ry = Math.max(ring.y, height) * grow;
    const columns = Math.max(1, Math.floor((2 * rx) / width));
    const rows = Math.max(1, Math.floor((2 * ry) / height));
    slots = [];
    for (let j = 0; j < columns; j++)
      for (let i = 0; i < rows; i++) {
        const at = { x: (j - (columns - 1) / 2) * width, y: (i - (rows - 1) / 2) * height };
        if (grow === 1 && (at.x / rx) ** 2 + (at.y / ry) ** 2 > 1) continue;
        if (fixed.some((f) => overlaps(f, { at, box: cell }, padding))) continue;
        slots.push(at);
      }
  }

  const distance = (m: Movable, p: Point) => (m.target.x - p.x) ** 2 + (m.target.y - p.y) ** 2;
  const order = [...movables].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1));
  const free = new Set(slots.keys());
  const slotOf = new Map<string, number>();
  for (const m of order) {
    let best = -1;
    for (const s of free) if (best < 0 || distance(m, slots[s] as Point) < distance(m, slots[best] as Point)) best = s;
    free.delete(best);
    slotOf.set(m.id, best);
  }
  // Swap pairs (and move to free slots) while the total distance falls.
  for (let pass = 0, improved = true; pass < 20 && improved; pass++) {
    improved = false;
    for (const a of order) {
      for (const b of order) {
        if (a === b) continue;
        const sa = slotOf.get(a.id) as number;
        const sb = slotOf.get(b.id) as number;
        const before = distance(a, slots[sa] as Point) + distance(b, slots[sb] as Point);
        const after = distance(a, slots[sb] as Point) + distance(b, slots[sa] as Point);
        if (after < before - 1e-6) {
          slotOf.set(a.id, sb);
          slotOf.set(b.id, sa);
          improved = true;
        }
      }
      for (const s of [...free]) {
        const current = slotOf.get(a.id) as number;
        if (distance(a, slots[s] as Point) < distance(a, slots[current] as Point) - 1e-6) {
          free.delete(s);
          free.add(current);
          slotOf.set(a.id, s);
          improved = true;
        }
      }
    }
  }
  for (const m of movables) placed.set(m.id, slots[slotOf.get(m.id) as number] as Point);
  return placed;
}
