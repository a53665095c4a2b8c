import type { GraphNode } from '../model/graph';
import type { Box, Positions, Size } from '../lib/geometry';
import { nodeBox } from './nodeGeometry';

/** Margin around the graph inside its frame, in layout units. */
const margin = 28;

/**
 * The rectangle every node and its label (at its largest) occupies, plus a margin: the SVG's
 * viewBox. Laid on the unfiltered graph, so filtering never rescales the picture.
 */
export function graphViewBox(nodes: readonly GraphNode[], positions: Positions): Box {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const node of nodes) {
    const p = positions.get(node.id);
    if (p === undefined) continue;
    const box = nodeBox(node, p);
    minX = Math.min(minX, p.x - box.left);
    maxX = Math.max(maxX, p.x + box.right);
    minY = Math.min(minY, p.y - box.above);
    maxY = Math.max(maxY, p.y + box.below);
  }
  if (!Number.isFinite(minX)) return { x: -100, y: -100, width: 200, height: 200 };
  const round = (n: number) => Math.round(n);
  return {
    x: round(minX - margin),
    y: round(minY - margin),
    width: round(maxX - minX + 2 * margin),
    height: round(maxY - minY + 2 * margin),
  };
}

/**
 * A viewBox with the frame's aspect that shows `box` in the frame's left part, leaving
 * `reservedRight` pixels free for a panel floating over the right (the embed's details).
 */
export function viewBoxBeside(box: Box, frame: Size, reservedRight: number): Box {
  const usable = Math.max(1, frame.width - reservedRight);
  const scale = Math.min(usable / box.width, frame.height / box.height);
  if (!(scale > 0) || !Number.isFinite(scale)) return box;
  const width = frame.width / scale;
  const height = frame.height / scale;
  const centreX = box.x + box.width / 2;
  const centreY = box.y + box.height / 2;
  return { x: centreX - usable / 2 / scale, y: centreY - height / 2, width, height };
}
