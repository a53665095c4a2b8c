import { select } from 'd3-selection';
import { zoom, zoomIdentity, zoomTransform, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export interface ZoomControls {
  readonly transform: ZoomTransform;
  /**
   * The transform right now, for event handlers: reading it instead of `transform` keeps their
   * identity stable while zooming, so memoised nodes do not re-render on every wheel step.
   */
  currentTransform(): ZoomTransform;
  zoomBy(factor: number): void;
  /** Pans so that the point (in the zoomed group's coordinates) sits in the middle of the frame. */
  centreOn(x: number, y: number): void;
  reset(): void;
}

/**
 * d3-zoom on an SVG: wheel, pinch and background drag pan and zoom; React renders the transform.
 * Pointer-downs on graph nodes are left alone so that nodes can be dragged and clicked.
 */
export function useZoom(svgRef: RefObject<SVGSVGElement | null>): ZoomControls {
  const [transform, setTransform] = useState<ZoomTransform>(zoomIdentity);
  const behaviour = useRef<ZoomBehavior<SVGSVGElement, unknown> | null>(null);

  useEffect(() => {
    const svg = svgRef.current;
    if (svg === null) return;
    const z = zoom<SVGSVGElement, unknown>()
      .scaleExtent([0.25, 6])
      // The frame in pixels; d3's default reads the SVG's width attribute, which we do not set.
      .extent(() => {
        const { width, height } = svg.getBoundingClientRect();
        return [
          [0, 0],
          [width, height],
        ];
      })
      .filter((event: Event) => {
        const target = event.target as Element | null;
        if (target?.closest('[data-node-id]')) return false;
        const mouse = event as MouseEvent;
        return (!mouse.ctrlKey || event.type === 'wheel') && !mouse.button;
      })
      .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => setTransform(event.transform));
    select(svg).call(z);
    behaviour.current = z;
    return () => {
      select(svg).on('.zoom', null);
      behaviour.current = null;
    };
  }, [svgRef]);

  const zoomBy = useCallback(
    (factor: number) => {
      if (svgRef.current && behaviour.current) select(svgRef.current).call(behaviour.current.scaleBy, factor);
    },
    [svgRef],
  );
  const centreOn = useCallback(
    (x: number, y: number) => {
      if (svgRef.current && behaviour.current) select(svgRef.current).call(behaviour.current.translateTo, x, y);
    },
    [svgRef],
  );
  const currentTransform = useCallback(
    () => (svgRef.current ? zoomTransform(svgRef.current) : zoomIdentity),
    [svgRef],
  );
  const reset = useCallback(() => {
    if (svgRef.current && behaviour.current)
      select(svgRef.current).call(behaviour.current.transform, zoomIdentity);
  }, [svgRef]);

  return { transform, currentTransform, zoomBy, centreOn, reset };
}
