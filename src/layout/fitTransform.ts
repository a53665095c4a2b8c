import type { Graph } from '../model/graph';
import type { Positions } from './computeLayout';
import { nodeExtent } from './nodeGeometry';

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** A zoom transform: screen = layout * k + (x, y). */
export interface Transform {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

/**
 * The transform that fits every node and its label into `size` with `padding` pixels to spare,
 * never enlarging past `maxScale` (a tiny graph should not balloon).
 */
export function fitTransform(
  graph: Graph,
  positions: Positions,
  size: Size,
  padding = 24,
  maxScale = 1.4,
): Transform {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const node of graph.nodes) {
    const p = positions.get(node.id);
    if (p === undefined) continue;
    const e = nodeExtent(node.kind, node.label);
    minX = Math.min(minX, p.x - e.halfWidth);
    maxX = Math.max(maxX, p.x + e.halfWidth);
    minY = Math.min(minY, p.y - e.above);
    maxY = Math.max(maxY, p.y + e.below);
  }
  if (!Number.isFinite(minX) || size.width <= 0 || size.height <= 0) {
    return { k: 1, x: size.width / 2, y: size.height / 2 };
  }
  const availableWidth = Math.max(1, size.width - 2 * padding);
  const availableHeight = Math.max(1, size.height - 2 * padding);
  const k = Math.min(maxScale, availableWidth / (maxX - minX), availableHeight / (maxY - minY));
  return {
    k,
    x: size.width / 2 - ((minX + maxX) / 2) * k,
    y: size.height / 2 - ((minY + maxY) / 2) * k,
  };
}
