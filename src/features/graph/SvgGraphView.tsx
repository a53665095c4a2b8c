import { useCallback, useId, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import type { Point } from '../../lib/geometry';
import { useElementSize } from '../../lib/useElementSize';
import { useProgressiveCount } from '../../lib/useProgressiveCount';
import { usePrefersReducedMotion } from '../../lib/usePrefersReducedMotion';
import { labelBands } from '../../layout/labelBands';
import { reachCentres, straightRoute } from '../../layout/linkCurve';
import type { GraphLink as GraphLinkModel, GraphNode as GraphNodeModel } from '../../model/graph';
import { linkStyles } from '../../theme/linkStyles';
import { GraphLinks, type LinkPaths } from './GraphLinks';
import { GraphNode } from './GraphNode';
import { labelBandCss } from './labelBandCss';
import { useScopedStyleSheet } from '../../lib/scopedStyleSheet';
import { LinkMarkers } from './LinkMarkers';
import { NodePreview } from './NodePreview';
import { useFocusIntoView } from './useFocusIntoView';
import { useGraphKeyboard } from './useGraphKeyboard';
import { GraphKeyboardHelp } from './GraphKeyboardHelp';
import { useGhostLinks } from './useGhostLinks';
import { useDragDrawing } from './useDragDrawing';
import { useGraphFrame } from './useGraphFrame';
import { useGraphState, useNodeActivation } from './useGraphState';
import { useMovedPositions } from './useMovedPositions';
import { useNodeColours } from './useNodeColours';
import { layerTransform, useNodeDrag } from './useNodeDrag';
import { usePreview } from './usePreview';
import { useSelectionUncovered } from './useSelectionUncovered';
import { useZoom } from './useZoom';
import { ZoomControls } from './ZoomControls';
import type { GraphViewProps } from './graphViewProps';
import './graph.css';

const origin: Point = { x: 0, y: 0 };

/** Nodes and links drawn per task while a large story arrives; the bundled story fits in one. */
const drawnPerTask = 200;

/**
 * The force graph in SVG, for every story up to GraphView's canvas threshold (and for exports).
 * D3 computes the layout and the zoom; the layout and the link routes arrive
 * with the story (for the bundled one, from the build); React renders every element, so nodes
 * are real buttons with names, focus and test ids. The picture is fitted by the SVG's viewBox and
 * its labels sized by container queries, so it needs no measuring: the server-rendered page and
 * the app draw it the same at any size.
 */
export function SvgGraphView({ store, overlayWidth, progressive = true }: GraphViewProps) {
  const { graph, fullGraph, layout, routes, selectedId, emphases, singleSource, benefitTypes } = useGraphState(store);

  const scope = `g${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const frameRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const frame = useElementSize(frameRef, overlayWidth !== undefined);
  const { controls: zoom, ready: zoomReady } = useZoom(svgRef, layerRef);
  const reducedMotion = usePrefersReducedMotion();

  const { moved, positions, positionsRef, moveNode, resetMoved } = useMovedPositions(layout);
  const { viewBox } = useGraphFrame(frame, fullGraph, layout, selectedId !== null, overlayWidth);
  useScopedStyleSheet(useMemo(() => labelBandCss(scope, labelBands(viewBox)), [scope, viewBox]));
  const { colours, glyphsById } = useNodeColours(benefitTypes);
  const nodesById = useMemo(() => new Map(fullGraph.nodes.map((n) => [n.id, n])), [fullGraph]);
  const unfilteredWeights = useMemo(() => new Map(fullGraph.links.map((l) => [l.id, l.weight])), [fullGraph]);
  // A moved node's links are drawn straight: routing them again on every pointer move would stutter.
  // Worked out once per story, routes and move, not on every render (a selection renders this view).
  const paths = useMemo(() => {
    const byId = new Map<string, LinkPaths>();
    for (const link of fullGraph.links) {
      const routed = routes.get(link.id);
      const source = nodesById.get(link.source);
      const target = nodesById.get(link.target);
      const d =
        routed !== undefined && !moved.has(link.source) && !moved.has(link.target)
          ? routed
          : source === undefined || target === undefined
            ? ''
            : straightRoute(link, source, target, positions);
      byId.set(link.id, { d, compactD: reachCentres(d, link, positions) });
    }
    return byId;
  }, [fullGraph, routes, nodesById, moved, positions]);
  const pathsOf = useCallback((link: GraphLinkModel): LinkPaths => paths.get(link.id) ?? { d: '', compactD: '' }, [paths]);
  const describe = (link: GraphLinkModel) =>
    `${nodesById.get(link.source)?.label ?? ''} ${linkStyles[link.kind].label}: ${nodesById.get(link.target)?.label ?? ''}`;

  const dragDrawing = useDragDrawing(layerRef, fullGraph, positionsRef);
  const { forget, prepare } = dragDrawing;
  const commitDrag = useCallback(
    (id: string, p: Point) => {
      forget();
      moveNode(id, p);
    },
    [forget, moveNode],
  );
  // A press may start a drag: its drawing code is fetched while the pointer is still.
  const transformNow = useCallback(() => {
    prepare();
    return layerTransform(layerRef.current);
  }, [prepare]);
  const drag = useNodeDrag(transformNow, positionsRef, dragDrawing.draw, commitDrag);
  const { consumeClick } = drag;
  const onActivate = useNodeActivation(store, consumeClick);
  const onNudge = useCallback(
    (node: GraphNodeModel, dx: number, dy: number) => {
      const p = positionsRef.current.get(node.id) ?? origin;
      // Screen pixels to layout units, through the viewBox and the zoom.
      const scale = layerRef.current?.getScreenCTM?.()?.a || 1;
      moveNode(node.id, { x: p.x + dx / scale, y: p.y + dy / scale });
    },
    [moveNode, positionsRef],
  );
  const focusIntoView = useFocusIntoView(svgRef, positionsRef, zoom);
  const keyboard = useGraphKeyboard(store, graph, selectedId, positionsRef, svgRef);
  const { onFocused } = keyboard;
  const onFocus = useCallback(
    (node: GraphNodeModel, element: Element) => {
      onFocused(node);
      focusIntoView(node, element);
    },
    [onFocused, focusIntoView],
  );
  const nodeNames = useStore(store, store.selectors.nodeNames);
  const graphLabel = useStore(store, store.selectors.graphLabel);
  const preview = usePreview(store, frameRef);
  useSelectionUncovered(svgRef, selectedId, zoom, zoomReady);
  const ghosts = useGhostLinks(store, reducedMotion);

  const resetView = useCallback(() => {
    resetMoved();
    zoom.reset();
  }, [zoom, resetMoved]);

  // Nodes first, so that what can be clicked is there soonest; their links follow.
  const drawn = useProgressiveCount(graph.nodes.length + graph.links.length, progressive ? drawnPerTask : Infinity);
  const drawnNodes = drawn >= graph.nodes.length ? graph.nodes : graph.nodes.slice(0, drawn);
  const drawnLinks = drawn - graph.nodes.length >= graph.links.length ? graph.links : graph.links.slice(0, Math.max(0, drawn - graph.nodes.length));

  // Fade the rest only when the selection has something visible to stand out with.
  const emphasising = emphases !== null && emphases.links.size > 0;
  const previewId = `${scope}-preview`;

  return (
    <div
      className="graph-view"
      data-graph={scope}
      ref={frameRef}
      // For scripts and tests: what is on screen so far, and whether the curves have arrived.
      data-drawn-nodes={drawnNodes.length}
      data-drawn-links={drawnLinks.length}
      data-routed={routes.size > 0 || fullGraph.links.length === 0 ? '' : undefined}
    >
      <svg
        ref={svgRef}
        className="graph-view__svg"
        viewBox={`${viewBox.x} ${viewBox.y} ${viewBox.width} ${viewBox.height}`}
        preserveAspectRatio="xMidYMid meet"
        // Its own keys (arrows, `]`, `f`): a screen reader passes them through rather than reading on.
        role="application"
        aria-label={graphLabel}
        aria-describedby={`${scope}-keys`}
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
          <GraphLinks
            links={drawnLinks}
            ghosts={ghosts}
            scope={scope}
            emphases={emphasising ? emphases : null}
            singleSource={singleSource}
            pathsOf={pathsOf}
            describe={describe}
            unfilteredWeights={unfilteredWeights}
          />
          {/* Nodes fade by a class on their group (a few hundred at most; large stories draw on canvas), links by their layer. */}
          <g className={`graph-nodes${emphasising ? ' is-emphasising' : ''}`}>
            {drawnNodes.map((node) => (
              <GraphNode
                key={node.id}
                node={node}
                name={nodeNames.get(node.id) ?? node.label}
                tabbable={node.id === keyboard.tabStopId}
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
                onMoveFocus={keyboard.onMoveFocus}
                onWalkLink={keyboard.onWalkLink}
                onFollowLink={keyboard.onFollowLink}
              />
            ))}
          </g>
        </g>
      </svg>
      {preview.content !== null && <NodePreview id={previewId} content={preview.content} place={preview.place} />}
      <GraphKeyboardHelp id={`${scope}-keys`} announcement={keyboard.announcement} />
      <ZoomControls onZoomIn={() => zoom.zoomBy(1.25)} onZoomOut={() => zoom.zoomBy(0.8)} onReset={resetView} />
    </div>
  );
}
