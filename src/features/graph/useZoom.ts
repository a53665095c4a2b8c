import type { Selection } from 'd3-selection';
import type { ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';

export interface ZoomControls {
  zoomBy(factor: number): void;
  /** Pans so that the point (in the zoomed layer's coordinates) sits in the middle of the frame. */
  centreOn(x: number, y: number): void;
  /** Pans by a distance on screen, in CSS pixels. */
  panBy(dx: number, dy: number): void;
  reset(): void;
}

interface Attached {
  readonly behaviour: ZoomBehavior<SVGSVGElement, unknown>;
  readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;
  readonly identity: ZoomTransform;
  readonly scale: () => number;
}

/**
 * d3-zoom on the SVG: wheel, pinch and background drag pan and zoom. The transform is written
 * straight onto one layer, outside React, so a pan or zoom re-renders no component.
 * d3-zoom (with d3-selection and d3-transition) loads after the first paint: the page can be
 * read and clicked before it arrives, and the first gesture finds it there.
 * Pointer-downs on graph nodes are left alone so that nodes can be dragged and clicked.
 * `controls` keeps its identity; `ready` turns true once, when gestures work.
 */
export function useZoom(
  svgRef: RefObject<SVGSVGElement | null>,
  layerRef: RefObject<SVGGElement | null>,
): { readonly controls: ZoomControls; readonly ready: boolean } {
  const attached = useRef<Attached | null>(null);
  const [ready, setReady] = useState(false);

  useEffect(() => {
    let cancelled = false;
    let detach = () => {};
    void Promise.all([import('d3-zoom'), import('d3-selection')]).then(([d3Zoom, d3Selection]) => {
      const svg = svgRef.current;
      const layer = layerRef.current;
      if (cancelled || svg === null || layer === null) return;
      const behaviour = d3Zoom
        .zoom<SVGSVGElement, unknown>()
        .scaleExtent([0.25, 8])
        .filter((event: Event) => {
          const target = event.target as Element | null;
          if (target?.closest('[data-node-id]')) return false;
          const mouse = event as MouseEvent;
          return (!mouse.ctrlKey || event.type === 'wheel') && !mouse.button;
        })
        .on('zoom', (event: { transform: ZoomTransform }) => layer.setAttribute('transform', event.transform.toString()));
      const selection = d3Selection.select(svg);
      selection.call(behaviour);
      attached.current = {
        behaviour,
        svg: selection,
        identity: d3Zoom.zoomIdentity,
        // CSS pixels per layer unit: the viewBox's fit times the zoom.
        scale: () => (svg.getScreenCTM()?.a ?? 1) * d3Zoom.zoomTransform(svg).k,
      };
      // Says that wheel, pinch and drag now pan and zoom (for scripts and tests).
      svg.setAttribute('data-zoom-ready', '');
      setReady(true);
      detach = () => {
        selection.on('.zoom', null);
        svg.removeAttribute('data-zoom-ready');
      };
    });
    return () => {
      cancelled = true;
      detach();
      attached.current = null;
    };
  }, [svgRef, layerRef]);

  const controls = useMemo(
    () => ({
      zoomBy: (factor: number) => {
        const a = attached.current;
        if (a !== null) a.svg.call(a.behaviour.scaleBy, factor);
      },
      centreOn: (x: number, y: number) => {
        const a = attached.current;
        if (a !== null) a.svg.call(a.behaviour.translateTo, x, y);
      },
      panBy: (dx: number, dy: number) => {
        const a = attached.current;
        if (a !== null) a.svg.call(a.behaviour.translateBy, dx / a.scale(), dy / a.scale());
      },
      reset: () => {
        const a = attached.current;
        if (a !== null) a.svg.call(a.behaviour.transform, a.identity);
      },
    }),
    [],
  );
  return { controls, ready };
}
