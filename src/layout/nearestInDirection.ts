import type { Positions } from '../lib/geometry';

export type Direction = 'left' | 'right' | 'up' | 'down';

const axes: Readonly<Record<Direction, readonly [number, number]>> = {
  left: [-1, 0],
  right: [1, 0],
  up: [0, -1],
  down: [0, 1],
};

/**
 * The node a keyboard user means by an arrow key: of the nodes ahead in that direction, the one
 * nearest along it, with sideways distance counted twice, so the arrow keeps to its line before
 * it jumps across the picture. Null when nothing lies ahead (focus stays where it is).
 */
export function nearestInDirection(fromId: string, direction: Direction, positions: Positions, candidates: Iterable<string>): string | null {
  const from = positions.get(fromId);
  if (from === undefined) return null;
  const [ax, ay] = axes[direction];
  let best: string | null = null;
  let bestScore = Infinity;
  for (const id of candidates) {
    if (id === fromId) continue;
    const p = positions.get(id);
    if (p === undefined) continue;
    const dx = p.x - from.x;
    const dy = p.y - from.y;
    const along = dx * ax + dy * ay;
    if (along <= 0) continue;
    const across = Math.abs(dx * ay - dy * ax);
    const score = along + 2 * across;
    if (score < bestScore || (score === bestScore && best !== null && id < best)) {
      best = id;
      bestScore = score;
    }
  }
  return best;
}
