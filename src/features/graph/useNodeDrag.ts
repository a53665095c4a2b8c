import { useCallback, useMemo, useRef, type PointerEvent, type RefObject } from 'react';
import type { Point, Positions } from '../../lib/geometry';
import type { GraphNode } from '../../model/graph';

/** Pointer travel, in pixels, past which a press on a node is a drag rather than a click. */
const dragThreshold = 4;

/** Client pixels to layout units: the inverse of the picture's screen transform, read once per gesture. */
export type ToLayer = (clientX: number, clientY: number) => Point;

interface DragState {
  readonly id: string;
  readonly pointerId: number;
  readonly startClient: Point;
  readonly toLayer: ToLayer;
  readonly start: Point;
  readonly origin: Point;
  /** Where the node is now, drawn but not yet committed. */
  at: Point | null;
}

export interface NodeDrag {
  onPointerDown(node: GraphNode, event: PointerEvent<Element>): void;
  onPointerMove(event: PointerEvent<Element>): void;
  onPointerUp(event: PointerEvent<Element>): void;
  /** True once for the click that ends a drag, which must not toggle the selection. */
  consumeClick(): boolean;
}

/** An SVG layer's screen transform, inverted (identity where there is none, as in jsdom). */
export function layerTransform(layer: SVGGElement | null): ToLayer {
  const matrix = layer?.getScreenCTM?.();
  if (matrix == null || typeof DOMPoint === 'undefined') return (x, y) => ({ x, y });
  const { a, b, c, d, e, f } = matrix.inverse();
  return (x, y) => ({ x: a * x + c * y + e, y: b * x + d * y + f });
}

/**
 * Dragging nodes with pointer events and pointer capture. The screen transform is read once, when
 * the press starts (reading it per move forces a style and layout pass right after each paint);
 * each move draws the node and its links where they go through `draw`, outside React; the
 * position is committed once, on release. Every handler keeps its identity, so nodes do not
 * re-render when a drag starts or ends.
 */
export function useNodeDrag(
  /** Read when a press starts: client pixels to layout units for the gesture. */
  transformNow: () => ToLayer,
  positions: RefObject<Positions>,
  draw: (id: string, p: Point) => void,
  commit: (id: string, p: Point) => void,
): NodeDrag {
  const drag = useRef<DragState | null>(null);
  const suppressClick = useRef(false);

  const onPointerDown = useCallback(
    (node: GraphNode, event: PointerEvent<Element>) => {
      if (event.button !== 0) return;
      suppressClick.current = false;
      event.currentTarget.setPointerCapture?.(event.pointerId);
      const toLayer = transformNow();
      drag.current = {
        id: node.id,
        pointerId: event.pointerId,
        startClient: { x: event.clientX, y: event.clientY },
        toLayer,
        start: toLayer(event.clientX, event.clientY),
        origin: positions.current.get(node.id) ?? { x: 0, y: 0 },
        at: null,
      };
    },
    [transformNow, positions],
  );
  const onPointerMove = useCallback(
    (event: PointerEvent<Element>) => {
      const d = drag.current;
      if (d === null || d.pointerId !== event.pointerId) return;
      if (d.at === null && Math.hypot(event.clientX - d.startClient.x, event.clientY - d.startClient.y) < dragThreshold) return;
      const p = d.toLayer(event.clientX, event.clientY);
      d.at = { x: d.origin.x + p.x - d.start.x, y: d.origin.y + p.y - d.start.y };
      draw(d.id, d.at);
    },
    [draw],
  );
  const onPointerUp = useCallback(
    (event: PointerEvent<Element>) => {
      const d = drag.current;
      if (d === null || d.pointerId !== event.pointerId) return;
      drag.current = null;
      if (d.at === null) return;
      suppressClick.current = true;
      commit(d.id, d.at);
    },
    [commit],
  );
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
