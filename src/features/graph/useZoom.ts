import type { Selection } from 'd3-selection';
import type { ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useLatest } from '../../lib/useLatest';

export interface ZoomControls {
  zoomBy(factor: number): void;
  /** Pans so that the point (in the zoomed layer's coordinates) sits in the middle of the frame. */
  centreOn(x: number, y: number): void;
  /** Pans by a distance on screen, in CSS pixels. */
  panBy(dx: number, dy: number): void;
  reset(): void;
}

/** Where a zoom applies and where it goes; read when used, so the controls keep their identity. */
export interface ZoomTarget {
  /** The most the reader may zoom in. */
  readonly maxScale: number;
  /** Each transform, outside React. */
  onZoom(transform: ZoomTransform): void;
  /** CSS pixels per zoomed unit before any zoom. */
  unitScale(): number;
  /** A point of the zoomed layer, in the units the transform moves. */
  toZoomed(x: number, y: number): readonly [number, number];
}

interface Attached {
  readonly behaviour: ZoomBehavior<Element, unknown>;
  readonly selection: Selection<Element, unknown, null, undefined>;
  readonly identity: ZoomTransform;
  readonly k: () => number;
}

/**
 * d3-zoom on `elementRef`: wheel, pinch and background drag pan and zoom, each transform going to
 * `target.onZoom` outside React, so a gesture re-renders no component. d3-zoom (with d3-selection)
 * loads after the first paint: the page can be read and clicked before it arrives, and the first
 * gesture finds it there. Presses on nodes and the zoom buttons are left to them (drag, click).
 * `controls` keeps its identity; `ready` turns true once, when gestures work.
 */
export function useD3Zoom(elementRef: RefObject<Element | null>, target: ZoomTarget): { readonly controls: ZoomControls; readonly ready: boolean } {
  const attached = useRef<Attached | null>(null);
  const [ready, setReady] = useState(false);
  const targetRef = useLatest(target);
  const { maxScale } = target;

  useEffect(() => {
    let cancelled = false;
    let detach = () => {};
    void Promise.all([import('d3-zoom'), import('d3-selection')]).then(([d3Zoom, d3Selection]) => {
      const element = elementRef.current;
      if (cancelled || element === null) return;
      const behaviour = d3Zoom
        .zoom<Element, unknown>()
        .scaleExtent([0.25, maxScale])
        .filter((event: Event) => {
          if ((event.target as Element | null)?.closest('[data-node-id], .graph-view__controls')) return false;
          const mouse = event as MouseEvent;
          return (!mouse.ctrlKey || event.type === 'wheel') && !mouse.button;
        })
        .on('zoom', (event: { transform: ZoomTransform }) => targetRef.current.onZoom(event.transform));
      const selection = d3Selection.select(element);
      selection.call(behaviour);
      attached.current = { behaviour, selection, identity: d3Zoom.zoomIdentity, k: () => d3Zoom.zoomTransform(element).k };
      // Says that wheel, pinch and drag now pan and zoom (for scripts and tests).
      element.setAttribute('data-zoom-ready', '');
      setReady(true);
      detach = () => {
        selection.on('.zoom', null);
        element.removeAttribute('data-zoom-ready');
      };
    });
    return () => {
      cancelled = true;
      detach();
      attached.current = null;
    };
  }, [elementRef, targetRef, maxScale]);

  const controls = useMemo(
    (): ZoomControls => ({
      zoomBy: (factor) => {
        const a = attached.current;
        if (a !== null) a.selection.call(a.behaviour.scaleBy, factor);
      },
      centreOn: (x, y) => {
        const a = attached.current;
        if (a !== null) a.selection.call(a.behaviour.translateTo, ...targetRef.current.toZoomed(x, y));
      },
      panBy: (dx, dy) => {
        const a = attached.current;
        if (a === null) return;
        const scale = targetRef.current.unitScale() * a.k();
        a.selection.call(a.behaviour.translateBy, dx / scale, dy / scale);
      },
      reset: () => {
        const a = attached.current;
        if (a !== null) a.selection.call(a.behaviour.transform, a.identity);
      },
    }),
    [targetRef],
  );
  return { controls, ready };
}

/** The SVG's zoom: the transform is written straight onto one layer. */
export function useZoom(svgRef: RefObject<SVGSVGElement | null>, layerRef: RefObject<SVGGElement | null>): { readonly controls: ZoomControls; readonly ready: boolean } {
  const onZoom = useCallback((transform: ZoomTransform) => layerRef.current?.setAttribute('transform', transform.toString()), [layerRef]);
  // CSS pixels per layer unit: the viewBox's fit.
  const unitScale = useCallback(() => svgRef.current?.getScreenCTM()?.a ?? 1, [svgRef]);
  return useD3Zoom(svgRef, { maxScale: 8, onZoom, unitScale, toZoomed: (x, y) => [x, y] });
}
