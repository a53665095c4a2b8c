import type { Point } from '../lib/geometry';
import { BoxGrid } from './boxGrid';
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

/**
 * The lattice points each movable could want: for each target, the `count` nearest points of the
 * lattice (`columns` x `rows` points `width` x `height` apart, centred on the origin) that
 * `usable` accepts, found ring by ring outwards from the target. No movable ever takes a point
 * beyond its `count` nearest, so the rest of the lattice (hundreds of thousands of points inside
 * a ring of 1,000 actors) is never looked at. Returned in lattice order (column, then row).
 */
function nearestLatticePoints(
  targets: readonly Point[],
  lattice: { columns: number; rows: number; width: number; height: number },
  usable: (at: Point) => boolean,
  count: number,
): Point[] {
  const { columns, rows, width, height } = lattice;
  const pointAt = (j: number, i: number): Point => ({ x: (j - (columns - 1) / 2) * width, y: (i - (rows - 1) / 2) * height });
  const chosen = new Map<number, Point>();
  const clamp = (v: number, size: number) => Math.max(0, Math.min(size - 1, v));
  for (const target of targets) {
    const j0 = clamp(Math.round(target.x / width + (columns - 1) / 2), columns);
    const i0 = clamp(Math.round(target.y / height + (rows - 1) / 2), rows);
    const found: { key: number; at: Point; distance: number }[] = [];
    const consider = (j: number, i: number) => {
      if (j < 0 || j >= columns || i < 0 || i >= rows) return;
      const at = pointAt(j, i);
      if (usable(at)) found.push({ key: j * rows + i, at, distance: (at.x - target.x) ** 2 + (at.y - target.y) ** 2 });
    };
    const rings = Math.max(columns, rows);
    for (let r = 0; r <= rings; r++) {
      // Past the count, a ring whose nearest point is further than the count-th found adds nothing.
      if (found.length >= count) {
        found.sort((a, b) => a.distance - b.distance);
        const enough = (found[count - 1] as { distance: number }).distance;
        if (((r - 1) * Math.min(width, height)) ** 2 > enough) break;
      }
      if (r === 0) consider(j0, i0);
      for (let k = -r; k <= r && r > 0; k++) {
        consider(j0 + k, i0 - r);
        consider(j0 + k, i0 + r);
        if (k > -r && k < r) {
          consider(j0 - r, i0 + k);
          consider(j0 + r, i0 + k);
        }
      }
    }
    found.sort((a, b) => a.distance - b.distance);
    for (const { key, at } of found.slice(0, count)) chosen.set(key, at);
  }
  return [...chosen].sort((a, b) => a[0] - b[0]).map(([, at]) => at);
}

/**
 * Places benefit types on a grid inside the actors' ring, each as near as it can be to the
 * actors it links: cells as large as the largest node, so no two overlap; the busiest choose
 * first, then pairs swap while that brings both nearer. A grid leaves straight channels between
 * nodes, where links can run without crossing a label. O(movables^2 + fixed), whatever the size
 * of the ring.
 */
export function assignSlots(movables: readonly Movable[], fixed: readonly Fixed[], ring: { x: number; y: number }, padding: number): Map<string, Point> {
  const placed = new Map<string, Point>();
  if (movables.length === 0) return placed;
  const width = Math.max(...movables.map((m) => m.box.left + m.box.right)) + padding;
  const height = Math.max(...movables.map((m) => m.box.above + m.box.below)) + padding;
  const cell: NodeBox = { left: width / 2, right: width / 2, above: height / 2, below: height / 2 };
  const widestFixed = Math.max(width, height, ...fixed.map((f) => Math.max(f.box.left + f.box.right, f.box.above + f.box.below)));
  const blockers = new BoxGrid(widestFixed + padding, padding);
  for (const f of fixed) blockers.add({ x: f.at.x, y: f.at.y, box: f.box });

  let slots: Point[] = [];
  for (let grow = 1; slots.length < movables.length; grow *= 1.15) {
    const rx = Math.max(ring.x, width) * grow;
    const ry = Math.max(ring.y, height) * grow;
    const columns = Math.max(1, Math.floor((2 * rx) / width));
    const rows = Math.max(1, Math.floor((2 * ry) / height));
    const usable = (at: Point) =>
      !(grow === 1 && (at.x / rx) ** 2 + (at.y / ry) ** 2 > 1) && !blockers.touches({ x: at.x, y: at.y, box: cell });
    slots = nearestLatticePoints(movables.map((m) => m.target), { columns, rows, width, height }, usable, movables.length + 1);
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
