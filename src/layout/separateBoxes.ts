import { BoxGrid } from './boxGrid';
import type { BoxNode } from './nodeGeometry';

type Push = (node: BoxNode, dx: number, dy: number) => void;

const pinned = (n: BoxNode) => n.fx != null;

/**
 * One pass over every pair of overlapping boxes (sweep and prune on x: O(n log n + overlaps)),
 * handing each the push that separates it along the axis of least overlap; pinned nodes do not
 * move, the other of the pair takes the whole push. Returns how many pairs overlapped.
 */
export function pushApart(nodes: readonly BoxNode[], padding: number, push: Push): number {
  const left = (n: BoxNode) => (n.x ?? 0) - n.box.left;
  const order = [...nodes].sort((a, b) => left(a) - left(b));
  let overlaps = 0;
  for (let i = 0; i < order.length; i++) {
    const a = order[i] as BoxNode;
    const ax = a.x ?? 0;
    const ay = a.y ?? 0;
    const aRight = ax + a.box.right + padding;
    for (let j = i + 1; j < order.length; j++) {
      const b = order[j] as BoxNode;
      if (left(b) >= aRight) break;
      const bx = b.x ?? 0;
      const by = b.y ?? 0;
      const overlapX = Math.min(aRight, bx + b.box.right + padding) - Math.max(ax - a.box.left, left(b));
      const overlapY = Math.min(ay + a.box.below, by + b.box.below) + padding - Math.max(ay - a.box.above, by - b.box.above);
      if (overlapX <= 0 || overlapY <= 0) continue;
      overlaps++;
      if (pinned(a) && pinned(b)) continue;
      const share = pinned(a) ? 0 : pinned(b) ? 1 : 0.5;
      if (overlapX < overlapY) {
        const direction = bx > ax || (bx === ax && j > i) ? 1 : -1;
        push(a, -direction * overlapX * share, 0);
        push(b, direction * overlapX * (1 - share), 0);
      } else {
        const direction = by > ay || (by === ay && j > i) ? 1 : -1;
        push(a, 0, -direction * overlapY * share);
        push(b, 0, direction * overlapY * (1 - share));
      }
    }
  }
  return overlaps;
}

/**
 * A d3-force force keeping node boxes (shape and label) apart: d3's forceCollide with
 * rectangles instead of circles, since labels are wide and hang below their shape.
 */
export function forceBoxCollide(padding: number, strength = 0.7) {
  let nodes: BoxNode[] = [];
  const force = () => {
    pushApart(nodes, padding, (node, dx, dy) => {
      node.vx = (node.vx ?? 0) + dx * strength;
      node.vy = (node.vy ?? 0) + dy * strength;
    });
  };
  force.initialize = (initial: BoxNode[]) => {
    nodes = initial;
  };
  return force;
}

/** Golden-angle turn between spiral steps, and the spacing of its points, in layout units. */
const spiralTurn = Math.PI * (3 - Math.sqrt(5));
const spiralSpacing = 4;

/**
 * Moves nodes until no two boxes overlap. A few passes of pushing pairs apart settle most of
 * it; then nodes are placed one by one (pinned first, then in the order given): a node that
 * overlaps one already placed takes the nearest free spot on a spiral around where it is. Such
 * a spot always exists, so the result never has an overlap. Pinned nodes never move.
 */
export function separateBoxes(nodes: readonly BoxNode[], padding: number, passes = 30): void {
  let left = Infinity;
  for (let pass = 0; pass < passes && left > 0; pass++) {
    left = pushApart(nodes, padding, (node, dx, dy) => {
      node.x = (node.x ?? 0) + dx;
      node.y = (node.y ?? 0) + dy;
    });
  }
  if (left === 0) return;
  const widest = Math.max(...nodes.map((n) => n.box.left + n.box.right), ...nodes.map((n) => n.box.above + n.box.below));
  const placed = new BoxGrid(widest + padding, padding);
  for (const node of nodes) if (node.fx != null) placed.add(node);
  for (const node of nodes) {
    if (node.fx != null) continue;
    const x = node.x ?? 0;
    const y = node.y ?? 0;
    for (let step = 1; placed.touches(node); step++) {
      const radius = spiralSpacing * Math.sqrt(step);
      node.x = x + radius * Math.cos(step * spiralTurn);
      node.y = y + radius * Math.sin(step * spiralTurn);
    }
    placed.add(node);
  }
}
