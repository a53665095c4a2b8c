import type { GraphNode } from '../../model/graph';

/** Two node models that draw the same: a filter change derives new objects for the same nodes. */
const sameNode = (a: GraphNode, b: GraphNode) =>
  a === b || (a.id === b.id && a.label === b.label && a.shortLabel === b.shortLabel && a.kind === b.kind && a.filteredOut === b.filteredOut);

/**
 * A node component's props compared as React.memo does (each by identity), but its `node` and
 * `position` by value: so a filter change, which derives every node anew, re-renders only the
 * nodes whose look changed.
 */
export function sameNodeProps<P extends { readonly node: GraphNode; readonly position: { x: number; y: number } }>(a: P, b: P): boolean {
  for (const key of Object.keys(a) as (keyof P)[]) {
    if (key === 'node') {
      if (!sameNode(a.node, b.node)) return false;
    } else if (key === 'position') {
      if (a.position.x !== b.position.x || a.position.y !== b.position.y) return false;
    } else if (a[key] !== b[key]) return false;
  }
  return Object.keys(b).length === Object.keys(a).length;
}
