import { lazy, Suspense } from 'react';
import { useStore } from 'zustand';
import type { GraphViewProps } from './graphViewProps';
import { SvgGraphView } from './SvgGraphView';

/**
 * Above this many links (each about seven SVG elements) a story is drawn on a canvas: measured
 * by `npm run bench` (see the README), where SVG's selection and zoom fall behind the canvas.
 */
export const canvasFromLinks = 600;

const CanvasGraphView = lazy(() => import('./canvas/CanvasGraphView').then((m) => ({ default: m.CanvasGraphView })));

/**
 * The graph, drawn with SVG (every node and link an element, the server-rendered picture the
 * same) or, for a large story, on a canvas with a layer of focusable nodes over it (a lazy chunk,
 * loaded only for such a story). Both take the same props and show the same view of the store.
 */
export function GraphView({ renderer = 'auto', ...props }: GraphViewProps) {
  const links = useStore(props.store, (s) => props.store.selectors.fullGraph(s).links.length);
  if (renderer === 'auto' && links > canvasFromLinks)
    return (
      <Suspense fallback={<div className="graph-view" aria-busy="true" />}>
        <CanvasGraphView {...props} />
      </Suspense>
    );
  return <SvgGraphView {...props} />;
}
