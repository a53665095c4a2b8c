import { useCallback, useRef, type PointerEvent } from 'react';
import type { Point, Positions } from '../layout/computeLayout';
import type { GraphNode } from '../model/graph';

/** Pointer travel, in pixels, past which a press on a node is a drag rather than a click. */
const dragThreshold = 4;

interface DragState {
  readonly id: string;
  readonly pointerId: number;
  readonly startX: number;
  readonly startY: number;
  readonly origin: Point;
  moved: boolean;
}

export interface NodeDrag {
  onPointerDown(node: GraphNode, event: PointerEvent<SVGGElement>): void;
  onPointerMove(event: PointerEvent<SVGSVGElement>): void;
  onPointerUp(): void;
  /** True once for the click that ends a drag, which must not toggle the selection. */
  consumeClick(): boolean;
}

/**
 * Dragging nodes with pointer events and pointer capture. d3-drag would need the DOM nodes handed
 * to D3; React already owns them, and this is all the behaviour we need.
 * `scale` converts screen pixels to layout units.
 */
export function useNodeDrag(positions: Positions, scale: number, moveNode: (id: string, p: Point) => void): NodeDrag {
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
        startX: event.clientX,
        startY: event.clientY,
        origin: positions.get(node.id) ?? { x: 0, y: 0 },
        moved: false,
      };
    },
    [positions],
  );
  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const d = drag.current;
    if (d === null || d.pointerId !== event.pointerId) return;
    const dx = event.clientX - d.startX;
    const dy = event.clientY - d.startY;
    if (!d.moved && Math.hypot(dx, dy) < dragThreshold) return;
    d.moved = true;
    moveNode(d.id, { x: d.origin.x + dx / scale, y: d.origin.y + dy / scale });
  };
  const onPointerUp = () => {
    if (drag.current?.moved) suppressClick.current = true;
    drag.current = null;
  };
  const consumeClick = useCallback(() => {
    const suppressed = suppressClick.current;
    suppressClick.current = false;
    return suppressed;
  }, []);
  return { onPointerDown, onPointerMove, onPointerUp, consumeClick };
}
