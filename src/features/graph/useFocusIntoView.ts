import { useCallback, type RefObject } from 'react';
import type { Positions } from '../../lib/geometry';
import type { GraphNode } from '../../model/graph';
import type { ZoomControls } from './useZoom';

/** How far inside the frame's edge a focused node must be, in CSS pixels. */
const margin = 8;

/**
 * A node's focus handler that brings a node zoomed or panned out of sight back into view, for
 * a keyboard user tabbing through the graph. Keeps its identity, so nodes do not re-render.
 */
export function useFocusIntoView(
  svgRef: RefObject<Element | null>,
  positionsRef: RefObject<Positions>,
  zoom: ZoomControls,
): (node: GraphNode, element: Element) => void {
  return useCallback(
    (node: GraphNode, element: Element) => {
      const svg = svgRef.current;
      const p = positionsRef.current.get(node.id);
      if (svg === null || p === undefined) return;
      const frame = svg.getBoundingClientRect();
      const box = element.getBoundingClientRect();
      const outside =
        box.left < frame.left + margin ||
        box.top < frame.top + margin ||
        box.right > frame.right - margin ||
        box.bottom > frame.bottom - margin;
      if (outside && frame.width > 0) zoom.centreOn(p.x, p.y);
    },
    [svgRef, positionsRef, zoom],
  );
}
