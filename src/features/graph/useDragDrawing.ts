import { useCallback, useRef, type RefObject } from 'react';
import type { Point, Positions } from '../../lib/geometry';
import type { Graph } from '../../model/graph';
import { useLatest } from '../../lib/useLatest';
import type * as DragDrawing from './dragDrawing';

/** Needed only once a reader drags: loaded when a press starts, not in the first bundle. */
let loading: Promise<typeof DragDrawing> | null = null;
const loadDragDrawing = () => (loading ??= import('./dragDrawing'));

/**
 * Draws a node being dragged, and its links straight, outside React (see dragDrawer). `prepare`
 * when a press starts: the drawing code arrives before the pointer has moved far enough to drag.
 */
export function useDragDrawing(layerRef: RefObject<SVGGElement | null>, graph: Graph, positions: RefObject<Positions>) {
  const latestGraph = useLatest(graph);
  const drawing = useRef<typeof DragDrawing | null>(null);
  const drawn = useRef<{ readonly id: string; readonly draw: (p: Point) => void } | null>(null);

  const prepare = useCallback(() => {
    if (drawing.current === null)
      void loadDragDrawing().then((module) => {
        drawing.current = module;
      });
  }, []);
  const draw = useCallback(
    (id: string, p: Point) => {
      const layer = layerRef.current;
      const module = drawing.current;
      if (layer === null || module === null) return;
      if (drawn.current?.id !== id) drawn.current = { id, draw: module.dragDrawer(layer, latestGraph.current, id, positions) };
      drawn.current.draw(p);
    },
    [layerRef, latestGraph, positions],
  );
  /** After a drag is committed (React draws it from then on): the next gesture looks its elements up again. */
  const forget = useCallback(() => {
    drawn.current = null;
  }, []);
  return { prepare, draw, forget };
}
