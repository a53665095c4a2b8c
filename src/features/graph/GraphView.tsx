import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { Point, Positions } from '../../lib/geometry';
import { useElementSize } from '../../lib/useElementSize';
import { useLatest } from '../../lib/useLatest';
import { useProgressiveCount } from '../../lib/useProgressiveCount';
import { usePrefersReducedMotion } from '../../lib/usePrefersReducedMotion';
import { labelBands } from '../../layout/labelBands';
import { reachCentres, straightRoute } from '../../layout/linkCurve';
import { graphViewBox, viewBoxBeside } from '../../layout/viewBox';
import type { GraphLink as GraphLinkModel, GraphNode as GraphNodeModel } from '../../model/graph';
import { glyphs } from '../../model/glyph';
import { nodeId, parseNodeId } from '../../model/nodeId';
import type { ExplorerStore } from '../../store/explorerStore';
import { benefitColours, needsGlyphs } from '../../theme/palette';
import { linkStyles } from '../../theme/linkStyles';
import { GraphLink } from './GraphLink';
import { GraphNode } from './GraphNode';
import { labelBandCss } from './labelBandCss';
import { LinkMarkers } from './LinkMarkers';
import { NodePreview } from './NodePreview';
import { useFocusIntoView } from './useFocusIntoView';
import { useGhostLinks } from './useGhostLinks';
import { useNodeDrag } from './useNodeDrag';
import { usePreview } from './usePreview';
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
  /** False to draw every node and link at once, as an export needs; on screen a large story arrives over several tasks. */
  readonly progressive?: boolean;
}

const origin: Point = { x: 0, y: 0 };

/** Nodes and links drawn per task while a large story arrives; the bundled story fits in one. */
const drawnPerTask = 200;

/**
 * The force graph. D3 computes the layout and the zoom; the layout and the link routes arrive
 * with the story (for the bundled one, from the build); React renders every element, so nodes
 * are real buttons with names, focus and test ids. The picture is fitted by the SVG's viewBox and
 * its labels sized by container queries, so it needs no measuring: the server-rendered page and
 * the app draw it the same at any size.
 */
export function GraphView({ store, overlayWidth, progressive = true }: GraphViewProps) {
  const { selectors } = store;
  const graph = useStore(store, selectors.shownGraph);
  const fullGraph = useStore(store, selectors.fullGraph);
  const layout = useStore(store, (s) => s.layout);
  const routes = useStore(store, (s) => s.routes);
  const selectedId = useStore(store, selectors.selectedNodeId);
  const emphases = useStore(store, selectors.emphases);
  const singleSource = useStore(store, (s) => s.singleSource);
  const benefitTypes = useStore(store, (s) => s.dataset.benefitTypes);
  const title = useStore(store, (s) => s.dataset.meta.title);

  const scope = `g${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const frameRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const frame = useElementSize(frameRef, overlayWidth !== undefined);
  const { controls: zoom, ready: zoomReady } = useZoom(svgRef, layerRef);
  const reducedMotion = usePrefersReducedMotion();

  const [moved, setMoved] = useState<ReadonlyMap<string, Point>>(new Map());
  const positions: Positions = useMemo(() => {
    if (moved.size === 0) return layout;
    const merged = new Map(layout);
    for (const [id, p] of moved) merged.set(id, p);
    return merged;
  }, [layout, moved]);
  const positionsRef = useLatest(positions);

  const fitted = useMemo(() => graphViewBox(fullGraph.nodes, layout), [fullGraph, layout]);
  // Per frame size, not per render: a drag re-renders on every pointer move, and the width reads a style.
  const overlay = useMemo(() => (overlayWidth !== undefined && frame !== null ? overlayWidth(frame.width) : 0), [overlayWidth, frame]);
  const reserved = selectedId !== null ? overlay : 0;
  const viewBox = useMemo(
    () => (reserved > 0 && frame !== null ? viewBoxBeside(fitted, frame, reserved) : fitted),
    [fitted, frame, reserved],
  );
  const bandCss = useMemo(() => labelBandCss(scope, labelBands(viewBox)), [scope, viewBox]);

  const colours = useMemo(() => benefitColours(benefitTypes), [benefitTypes]);
  const glyphsById = useMemo(() => {
    if (!needsGlyphs(benefitTypes)) return null;
    const marks = glyphs(benefitTypes.map((b) => b.label));
    return new Map(benefitTypes.map((b, i) => [nodeId({ kind: 'benefit', id: b.id }), marks[i] ?? '']));
  }, [benefitTypes]);
  const nodesById = useMemo(() => new Map(fullGraph.nodes.map((n) => [n.id, n])), [fullGraph]);
  const unfilteredWeights = useMemo(() => new Map(fullGraph.links.map((l) => [l.id, l.weight])), [fullGraph]);
  // A moved node's links are drawn straight: routing them again on every pointer move would stutter.
  const routeOf = (link: GraphLinkModel): string => {
    const routed = routes.get(link.id);
    if (routed !== undefined && !moved.has(link.source) && !moved.has(link.target)) return routed;
    const source = nodesById.get(link.source);
    const target = nodesById.get(link.target);
    if (source === undefined || target === undefined) return '';
    return straightRoute(link, source, target, positions);
  };
  const describe = (link: GraphLinkModel) =>
    `${nodesById.get(link.source)?.label ?? ''} ${linkStyles[link.kind].label}: ${nodesById.get(link.target)?.label ?? ''}`;

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
  const preview = usePreview(store, frameRef);
  useSelectionUncovered(svgRef, selectedId, zoom, zoomReady);
  const ghosts = useGhostLinks(store, reducedMotion);

  const resetView = useCallback(() => {
    setMoved(new Map());
    zoom.reset();
  }, [zoom]);

  // Nodes first, so that what can be clicked is there soonest; their links follow.
  const drawn = useProgressiveCount(graph.nodes.length + graph.links.length, progressive ? drawnPerTask : Infinity);
  const drawnNodes = drawn >= graph.nodes.length ? graph.nodes : graph.nodes.slice(0, drawn);
  const drawnLinks = drawn - graph.nodes.length >= graph.links.length ? graph.links : graph.links.slice(0, Math.max(0, drawn - graph.nodes.length));

  // Fade the rest only when the selection has something visible to stand out with.
  const emphasising = emphases !== null && emphases.links.size > 0;
  const previewId = `${scope}-preview`;

  return (
    <div className="graph-view" data-graph={scope} ref={frameRef}>
      <style>{bandCss}</style>
      <svg
        ref={svgRef}
        className={`graph-view__svg${emphasising ? ' has-selection' : ''}${singleSource ? ' shows-single-source' : ''}`}
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
            {ghosts.map((link) => (
              <GraphLink
                key={`ghost:${link.id}`}
                link={link}
                scope={scope}
                d={routeOf(link)}
                compactD={reachCentres(routeOf(link), link, positions)}
                emphasis={undefined}
                singleSource={false}
                unfilteredWeight={link.weight}
                ghost
                description={describe(link)}
              />
            ))}
            {drawnLinks.map((link) => (
              <GraphLink
                key={link.id}
                link={link}
                scope={scope}
                d={routeOf(link)}
                compactD={reachCentres(routeOf(link), link, positions)}
                emphasis={emphasising ? emphases.links.get(link.id) : undefined}
                singleSource={singleSource && link.weight === 1}
                unfilteredWeight={unfilteredWeights.get(link.id) ?? link.weight}
                description={describe(link)}
              />
            ))}
          </g>
          <g className="graph-nodes">
            {drawnNodes.map((node) => (
              <GraphNode
                key={node.id}
                node={node}
                position={positions.get(node.id) ?? origin}
                colour={colours.get(node.id)}
                glyph={glyphsById?.get(node.id)}
                emphasis={node.id === selectedId ? 'selected' : emphasising ? emphases.nodes.get(node.id) : undefined}
                describedBy={preview.nodeId === node.id ? previewId : undefined}
                onActivate={onActivate}
                onFocus={onFocus}
                onPreview={preview.show}
                onPointerDown={drag.onPointerDown}
                onNudge={onNudge}
              />
            ))}
          </g>
        </g>
      </svg>
      {preview.content !== null && <NodePreview id={previewId} content={preview.content} place={preview.place} />}
      <ZoomControls onZoomIn={() => zoom.zoomBy(1.25)} onZoomOut={() => zoom.zoomBy(0.8)} onReset={resetView} />
    </div>
  );
}
