import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { Point, Positions } from '../../lib/geometry';
import { labelBands } from '../../layout/labelBands';
import { nodeRadius } from '../../layout/nodeGeometry';
import { graphViewBox, viewBoxBeside } from '../../layout/viewBox';
import type { GraphLink as GraphLinkModel, GraphNode as GraphNodeModel } from '../../model/graph';
import { nodeId, nodeKindOf, parseNodeId } from '../../model/nodeId';
import type { ExplorerStore } from '../../store/explorerStore';
import { useElementSize } from '../../lib/useElementSize';
import { useLatest } from '../../lib/useLatest';
import { benefitColours } from '../../theme/palette';
import { linkStyles } from '../../theme/linkStyles';
import { GraphLink } from './GraphLink';
import { GraphNode, type NodeEmphasis } from './GraphNode';
import { labelBandCss } from './labelBandCss';
import { LinkMarkers } from './LinkMarkers';
import { useFocusIntoView } from './useFocusIntoView';
import { useNodeDrag } from './useNodeDrag';
import { useSelectionUncovered } from './useSelectionUncovered';
import { useZoom } from './useZoom';
import { ZoomControls } from './ZoomControls';
import './graph.css';

interface GraphViewProps {
  readonly store: ExplorerStore;
  /**
   * Pixels a panel floating over the graph's right side takes while something is selected (the
   * embed's details): the graph refits into the space left of it, so the selection stays visible.
   */
  readonly overlayWidth?: (frameWidth: number) => number;
}

const origin: Point = { x: 0, y: 0 };

/** Which way a link's arrow points: benefits flow from a provider, to a beneficiary. */
function endpoints(link: GraphLinkModel): { from: string; to: string } {
  return link.kind === 'provides' ? { from: link.source, to: link.target } : { from: link.target, to: link.source };
}

/**
 * The force graph. D3 computes the layout (at build time for the bundled story) and the zoom;
 * React renders every element, so nodes are real buttons with names, focus and test ids.
 * The picture is fitted by the SVG's viewBox and its labels sized by container queries, so it
 * needs no measuring: the server-rendered page and the app draw it the same at any size.
 */
export function GraphView({ store, overlayWidth }: GraphViewProps) {
  const { selectors } = store;
  const graph = useStore(store, selectors.shownGraph);
  const fullGraph = useStore(store, selectors.fullGraph);
  const layout = useStore(store, (s) => s.layout);
  const selectedId = useStore(store, selectors.selectedNodeId);
  const around = useStore(store, selectors.neighbourhood);
  const benefitTypes = useStore(store, (s) => s.dataset.benefitTypes);
  const title = useStore(store, (s) => s.dataset.meta.title);

  const scope = `g${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const frameRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const frame = useElementSize(frameRef, overlayWidth !== undefined);
  const { controls: zoom, ready: zoomReady } = useZoom(svgRef, layerRef);

  const [moved, setMoved] = useState<ReadonlyMap<string, Point>>(new Map());
  const positions: Positions = useMemo(() => {
    if (moved.size === 0) return layout;
    const merged = new Map(layout);
    for (const [id, p] of moved) merged.set(id, p);
    return merged;
  }, [layout, moved]);
  const positionsRef = useLatest(positions);

  const fitted = useMemo(() => graphViewBox(fullGraph.nodes, layout), [fullGraph, layout]);
  const reserved = overlayWidth !== undefined && selectedId !== null && frame !== null ? overlayWidth(frame.width) : 0;
  const viewBox = useMemo(
    () => (reserved > 0 && frame !== null ? viewBoxBeside(fitted, frame, reserved) : fitted),
    [fitted, frame, reserved],
  );
  const bandCss = useMemo(() => labelBandCss(scope, labelBands(viewBox)), [scope, viewBox]);

  const colours = useMemo(() => benefitColours(benefitTypes), [benefitTypes]);
  const names = useMemo(() => new Map(fullGraph.nodes.map((n) => [n.id, n.label])), [fullGraph]);
  const pairCount = useMemo(() => {
    const counts = new Map<string, number>();
    for (const link of graph.links) counts.set(`${link.source}|${link.target}`, (counts.get(`${link.source}|${link.target}`) ?? 0) + 1);
    return counts;
  }, [graph]);

  const moveNode = useCallback((id: string, p: Point) => setMoved((m) => new Map(m).set(id, p)), []);
  const drag = useNodeDrag(layerRef, positionsRef, moveNode);
  const { consumeClick } = drag;
  const onActivate = useCallback(
    (node: GraphNodeModel, via: 'pointer' | 'keyboard') => {
      if (via === 'pointer' && consumeClick()) return;
      const { selected, select } = store.getState();
      select(selected !== null && nodeId(selected) === node.id ? null : (parseNodeId(node.id) ?? null));
    },
    [store, consumeClick],
  );
  const onNudge = useCallback(
    (node: GraphNodeModel, dx: number, dy: number) => {
      const p = positionsRef.current.get(node.id) ?? origin;
      // Screen pixels to layout units, through the viewBox and the zoom.
      const scale = layerRef.current?.getScreenCTM?.()?.a || 1;
      moveNode(node.id, { x: p.x + dx / scale, y: p.y + dy / scale });
    },
    [moveNode, positionsRef],
  );
  const onFocus = useFocusIntoView(svgRef, positionsRef, zoom);
  useSelectionUncovered(svgRef, selectedId, zoom, zoomReady);

  const resetView = useCallback(() => {
    setMoved(new Map());
    zoom.reset();
  }, [zoom]);

  // Fade the rest only when the selection has something visible to stand out with.
  const emphasising = around !== null && around.links.size > 0;
  const emphasisOf = (id: string): NodeEmphasis =>
    id === selectedId ? 'selected' : emphasising && around.nodes.has(id) ? 'related' : 'none';

  return (
    <div className="graph-view" data-graph={scope} ref={frameRef}>
      <style>{bandCss}</style>
      <svg
        ref={svgRef}
        className={`graph-view__svg${emphasising ? ' has-selection' : ''}`}
        viewBox={`${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`}
        preserveAspectRatio="xMidYMid meet"
        role="group"
        aria-label={`Graph of actors and benefit types: ${title}`}
        // Focusable from script only: where focus returns when the node it was on goes away.
        tabIndex={-1}
        onPointerMove={drag.onPointerMove}
        onPointerUp={drag.onPointerUp}
        onPointerCancel={drag.onPointerUp}
        onClick={(event) => {
          if (!(event.target as Element).closest('[data-node-id]')) store.getState().select(null);
        }}
      >
        <LinkMarkers scope={scope} />
        <g ref={layerRef} className="graph-view__layer">
          <g className="graph-links" aria-hidden="true">
            {graph.links.map((link) => {
              const { from, to } = endpoints(link);
              // "provides" runs actor -> benefit and the others benefit -> actor, so one bend value
              // bows a parallel pair to opposite sides.
              const parallel = (pairCount.get(`${link.source}|${link.target}`) ?? 1) > 1;
              const outlets = `${link.weight} outlet${link.weight === 1 ? '' : 's'}`;
              return (
                <GraphLink
                  key={link.id}
                  link={link}
                  scope={scope}
                  from={positions.get(from) ?? origin}
                  to={positions.get(to) ?? origin}
                  fromRadius={nodeRadius(nodeKindOf(from))}
                  toRadius={nodeRadius(nodeKindOf(to))}
                  bend={parallel ? 26 : 0}
                  related={emphasising && around.links.has(link.id)}
                  description={`${names.get(link.source) ?? ''} ${linkStyles[link.kind].label}: ${names.get(link.target) ?? ''} (${outlets})`}
                />
              );
            })}
          </g>
          <g className="graph-nodes">
            {graph.nodes.map((node) => (
              <GraphNode
                key={node.id}
                node={node}
                position={positions.get(node.id) ?? origin}
                colour={colours.get(node.id)}
                emphasis={emphasisOf(node.id)}
                onActivate={onActivate}
                onFocus={onFocus}
                onPointerDown={drag.onPointerDown}
                onNudge={onNudge}
              />
            ))}
          </g>
        </g>
      </svg>
      <ZoomControls onZoomIn={() => zoom.zoomBy(1.25)} onZoomOut={() => zoom.zoomBy(0.8)} onReset={resetView} />
    </div>
  );
}
