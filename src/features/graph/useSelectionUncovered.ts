import { useEffect, type RefObject } from 'react';
import type { ZoomControls } from './useZoom';

/**
 * A panel that opens over the graph (the phone's bottom sheet) must not hide what it describes:
 * when something now covers the selected node, pan the node to the middle of what is still seen.
 * Waits for `zoomReady`, so a selection opened from a link is handled too.
 */
export function useSelectionUncovered(
  svgRef: RefObject<Element | null>,
  selectedId: string | null,
  zoom: ZoomControls,
  zoomReady: boolean,
): void {
  useEffect(() => {
    const svg = svgRef.current;
    if (selectedId === null || svg === null || !zoomReady || typeof document.elementFromPoint !== 'function') return;
    // The drawn shape in SVG; on a canvas, the node's element over it.
    const element = svg.querySelector(`[data-node-id="${CSS.escape(selectedId)}"]`);
    const shape = element?.querySelector('.graph-node__shape') ?? element;
    if (shape == null) return;
    const node = shape.getBoundingClientRect();
    const centre = { x: node.left + node.width / 2, y: node.top + node.height / 2 };
    let cover = document.elementFromPoint(centre.x, centre.y);
    if (cover === null || svg.contains(cover)) return;
    // The outermost element over the graph (the sheet itself, not a paragraph inside it).
    while (cover.parentElement !== null && !cover.parentElement.contains(svg)) cover = cover.parentElement;
    const frame = svg.getBoundingClientRect();
    const coverTop = cover.getBoundingClientRect().top;
    if (coverTop <= frame.top) return;
    zoom.panBy(0, (frame.top + coverTop) / 2 - centre.y);
  }, [svgRef, selectedId, zoom, zoomReady]);
}
