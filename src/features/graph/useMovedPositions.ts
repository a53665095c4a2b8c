import { useCallback, useMemo, useState } from 'react';
import type { Point, Positions } from '../../lib/geometry';
import { useLatest } from '../../lib/useLatest';

/**
 * Where the nodes are: the story's layout, with the nodes the reader moved (dragged or nudged)
 * where they were put. `positionsRef` is the same, current, for handlers that keep their identity.
 */
export function useMovedPositions(layout: Positions) {
  const [moved, setMoved] = useState<ReadonlyMap<string, Point>>(new Map());
  const positions: Positions = useMemo(() => {
    if (moved.size === 0) return layout;
    const merged = new Map(layout);
    for (const [id, p] of moved) merged.set(id, p);
    return merged;
  }, [layout, moved]);
  const positionsRef = useLatest(positions);
  const moveNode = useCallback((id: string, p: Point) => setMoved((m) => new Map(m).set(id, p)), []);
  const resetMoved = useCallback(() => setMoved(new Map()), []);
  return { moved, positions, positionsRef, moveNode, resetMoved };
}
