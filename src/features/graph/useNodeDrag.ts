import { useCallback, useMemo, useRef, type PointerEvent, type RefObject } from 'react';
import type { Point, Positions } from '../../lib/geometry';
import type { GraphNode } from '../../model/graph';

/** Pointer travel, in pixels, past which a press on a node is a drag rather than a click. */
const dragThreshold = 4;

interface DragState {
  readonly id: string;
  readonly pointerId: number;
  readonly startClient: Point;
  readonly start: Point;
  readonly origin: Point;
  moved: boolean;
}

export interface NodeDrag {
  onPointerDown(node: GraphNode, event: PointerEvent<SVGGElement>): void;
  onPointerMove(event: PointerEvent<SVGSVGElement>): void;
  onPointerUp(event: PointerEvent<SVGSVGElement>): void;
  /** True once for the click that ends a drag, which must not toggle the selection. */
  consumeClick(): boolean;
}

/** A client point in the layer's own coordinates (layout units), through the viewBox and the zoom. */
function toLayer(layer: SVGGElement | null, clientX: number, clientY: number): Point {
  const matrix = layer?.getScreenCTM?.();
  if (matrix == null || typeof DOMPoint === 'undefined') return { x: clientX, y: clientY };
  const p = new DOMPoint(clientX, clientY).matrixTransform(matrix.inverse());
  return { x: p.x, y: p.y };
}

/**
 * Dragging nodes with pointer events and pointer capture. d3-drag would need the DOM nodes handed
 * to D3; React already owns them, and this is all the behaviour we need. Every handler keeps its
 * identity, so nodes do not re-render when a drag starts or ends.
 */
export function useNodeDrag(
  layerRef: RefObject<SVGGElement | null>,
  positions: RefObject<Positions>,
  moveNode: (id: string, p: Point) => void,
): NodeDrag {
  const drag = useRef<DragState | null>(null);
  const suppressClick = useRef(false);

  const onPointerDown = useCallback(
    (node: GraphNode, event: PointerEvent<SVGGElement>) => {
      if (event.button !== 0) return;
      suppressClick.current = false;
      event.currentTarget.setPointerCapture?.(event.pointerId);
      drag.current = {
        id: node.id,
        pointerId: event.pointerId,
        startClient: { x: event.clientX, y: event.clientY },
        start: toLayer(layerRef.current, event.clientX, event.clientY),
        origin: positions.current.get(node.id) ?? { x: 0, y: 0 },
        moved: false,
      };
    },
    [layerRef, positions],
  );
  const onPointerMove = useCallback(
    (event: PointerEvent<SVGSVGElement>) => {
      const d = drag.current;
      if (d === null || d.pointerId !== event.pointerId) return;
      if (!d.moved && Math.hypot(event.clientX - d.startClient.x, event.clientY - d.startClient.y) < dragThreshold) return;
      d.moved = true;
      const p = toLayer(layerRef.current, event.clientX, event.clientY);
      moveNode(d.id, { x: d.origin.x + p.x - d.start.x, y: d.origin.y + p.y - d.start.y });
    },
    [layerRef, moveNode],
  );
  const onPointerUp = useCallback((event: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (d === null || d.pointerId !== event.pointerId) return;
    if (d.moved) suppressClick.current = true;
    drag.current = null;
  }, []);
  const consumeClick = useCallback(() => {
    const suppressed = suppressClick.current;
    suppressClick.current = false;
    return suppressed;
  }, []);
  return useMemo(
    () => ({ onPointerDown, onPointerMove, onPointerUp, consumeClick }),
    [onPointerDown, onPointerMove, onPointerUp, consumeClick],
  );
}
