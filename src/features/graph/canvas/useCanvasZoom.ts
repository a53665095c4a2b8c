import type { Selection } from 'd3-selection';
import type { ZoomBehavior, ZoomTransform } from 'd3-zoom';
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { ZoomControls } from '../useZoom';
import type { Camera, ZoomState } from './canvasCamera';

interface Attached {
  readonly behaviour: ZoomBehavior<HTMLDivElement, unknown>;
  readonly frame: Selection<HTMLDivElement, unknown, null, undefined>;
  readonly identity: ZoomTransform;
  readonly scale: () => number;
}

/**
 * d3-zoom on the canvas's frame: wheel, pinch and background drag pan and zoom. Each change goes
 * to `onZoom`, outside React (it redraws the canvas and moves the node layer), so a gesture
 * re-renders no component. Presses on nodes are left to them (drag, click). `fit` is read when a
 * control needs layout units, so the controls keep their identity.
 */
export function useCanvasZoom(
  frameRef: RefObject<HTMLDivElement | null>,
  fit: RefObject<Camera>,
  onZoom: (zoom: ZoomState) => void,
): { readonly controls: ZoomControls; readonly ready: boolean } {
  const attached = useRef<Attached | null>(null);
  const [ready, setReady] = useState(false);
  const onZoomRef = useRef(onZoom);
  useEffect(() => {
    onZoomRef.current = onZoom;
  }, [onZoom]);

  useEffect(() => {
    let cancelled = false;
    let detach = () => {};
    void Promise.all([import('d3-zoom'), import('d3-selection')]).then(([d3Zoom, d3Selection]) => {
      const element = frameRef.current;
      if (cancelled || element === null) return;
      const behaviour = d3Zoom
        .zoom<HTMLDivElement, unknown>()
        .scaleExtent([0.25, 64])
        .filter((event: Event) => {
          const target = event.target as Element | null;
          if (target?.closest('[data-node-id], .graph-view__controls')) return false;
          const mouse = event as MouseEvent;
          return (!mouse.ctrlKey || event.type === 'wheel') && !mouse.button;
        })
        .on('zoom', (event: { transform: ZoomTransform }) => onZoomRef.current(event.transform));
      const frame = d3Selection.select(element);
      frame.call(behaviour);
      attached.current = { behaviour, frame, identity: d3Zoom.zoomIdentity, scale: () => d3Zoom.zoomTransform(element).k };
      element.setAttribute('data-zoom-ready', '');
      setReady(true);
      detach = () => {
        frame.on('.zoom', null);
        element.removeAttribute('data-zoom-ready');
      };
    });
    return () => {
      cancelled = true;
      detach();
      attached.current = null;
    };
  }, [frameRef]);

  const controls = useMemo(
    (): ZoomControls => ({
      zoomBy: (factor) => {
        const a = attached.current;
        if (a !== null) a.frame.call(a.behaviour.scaleBy, factor);
      },
      centreOn: (x, y) => {
        const a = attached.current;
        const f = fit.current;
        if (a !== null) a.frame.call(a.behaviour.translateTo, x * f.k + f.x, y * f.k + f.y);
      },
      panBy: (dx, dy) => {
        const a = attached.current;
        if (a === null) return;
        a.frame.call(a.behaviour.translateBy, dx / a.scale(), dy / a.scale());
      },
      reset: () => {
        const a = attached.current;
        if (a !== null) a.frame.call(a.behaviour.transform, a.identity);
      },
    }),
    [fit],
  );
  return { controls, ready };
}
