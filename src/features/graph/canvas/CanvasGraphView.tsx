import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import type { Point, Positions } from '../../../lib/geometry';
import { useElementSize } from '../../../lib/useElementSize';
import { useFrameCallback } from '../../../lib/useFrameCallback';
import { useProgressiveCount } from '../../../lib/useProgressiveCount';
import { useLatest } from '../../../lib/useLatest';
import { usePrefersReducedMotion } from '../../../lib/usePrefersReducedMotion';
import { usePrinting } from '../../../lib/usePrinting';
import { straightRoute } from '../../../layout/linkCurve';
import type { Graph, GraphLink, GraphNode } from '../../../model/graph';
import { GraphKeyboardHelp } from '../GraphKeyboardHelp';
import type { GraphViewProps } from '../graphViewProps';
import { NodePreview } from '../NodePreview';
import { useFocusIntoView } from '../useFocusIntoView';
import { useGhostLinks } from '../useGhostLinks';
import { useGraphFrame } from '../useGraphFrame';
import { useGraphKeyboard } from '../useGraphKeyboard';
import { useGraphState, useNodeActivation } from '../useGraphState';
import { useMovedPositions } from '../useMovedPositions';
import { useNodeColours } from '../useNodeColours';
import { useNodeDrag, type ToLayer } from '../useNodeDrag';
import { usePreview } from '../usePreview';
import { useSelectionUncovered } from '../useSelectionUncovered';
import { ZoomControls } from '../ZoomControls';
import { useD3Zoom } from '../useZoom';
import { fitCamera, toLayout, zoomedCamera, type Camera, type ZoomState } from './canvasCamera';
import { CanvasPainter, type PaintScene } from './canvasPainter';
import { CanvasNode } from './CanvasNode';
import { drawnPath, type DrawnPath } from './linkLayers';
import { useGhostFade, type GhostFade } from './useGhostFade';
import './canvas.css';

const origin: Point = { x: 0, y: 0 };
const unzoomed: ZoomState = { k: 1, x: 0, y: 0 };
/** Node elements added per task while a large story arrives. */
const nodesPerTask = 250;
/** Pixels per CSS pixel on paper: about 300 dpi for a picture printed at its size on screen. */
const printRatio = 3;
/** The most pixels a side of the printed picture has (a canvas's memory grows with its area). */
const printMaxSide = 6000;


/**
 * The graph of a large story on a canvas: the links in a few batched strokes, the nodes and their
 * labels (while large enough to read) drawn per frame, and over them a layer of node elements
 * that carry focus, names and pointers (see CanvasNode). Zoom, pan and drag redraw the canvas
 * and move the layer outside React; selection, filters and focus redraw it after React renders.
 */
export function CanvasGraphView({ store, overlayWidth, progressive = true }: GraphViewProps) {
  const { graph, fullGraph, layout, routes, selectedId, emphases, singleSource, benefitTypes } = useGraphState(store);

  const scope = `g${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const frameRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const layerRef = useRef<HTMLDivElement>(null);
  const frame = useElementSize(frameRef);
  const { moved, positions, positionsRef, moveNode, resetMoved } = useMovedPositions(layout);
  const { viewBox } = useGraphFrame(frame, fullGraph, layout, selectedId !== null, overlayWidth);
  const { colours, glyphsById } = useNodeColours(benefitTypes);
  const [focusedId, setFocusedId] = useState<string | null>(null);

  const nodesById = useMemo(() => new Map(fullGraph.nodes.map((n) => [n.id, n])), [fullGraph]);
  // Each link's drawable path by link id, kept while its path data stays the same: reading 10,000
  // paths is not free, and a filter makes new link objects for the same links.
  const pathCacheRef = useRef<{ readonly graph: Graph; readonly paths: Map<string, DrawnPath> } | null>(null);
  // Each link's drawable path: its route, or straight where an end was moved (or is being dragged to `at`).
  const pathOf = useCallback(
    (link: GraphLink, at: Positions = positions): DrawnPath => {
      const routed = routes.get(link.id);
      const source = nodesById.get(link.source);
      const target = nodesById.get(link.target);
      const d =
        routed !== undefined && at === positions && !moved.has(link.source) && !moved.has(link.target)
          ? routed
          : source === undefined || target === undefined
            ? ''
            : straightRoute(link, source, target, at);
      if (pathCacheRef.current?.graph !== fullGraph) pathCacheRef.current = { graph: fullGraph, paths: new Map() };
      const { paths } = pathCacheRef.current;
      const cached = paths.get(link.id);
      if (cached?.d === d) return cached;
      const made = drawnPath(d);
      if (at === positions) paths.set(link.id, made);
      return made;
    },
    [routes, nodesById, moved, positions, fullGraph],
  );
  const emphasising = emphases !== null && emphases.links.size > 0 ? emphases : null;
  const scene: PaintScene = useMemo(
    () => ({ nodes: graph.nodes, links: graph.links, positions, emphases: emphasising, selectedId, focusedId, singleSource, colours, glyphs: glyphsById, pathOf }),
    [graph, positions, emphasising, selectedId, focusedId, singleSource, colours, glyphsById, pathOf],
  );

  // The camera: the fit (per frame size and viewBox) and the reader's zoom, kept outside React.
  const fit = useMemo(() => (frame === null ? { k: 1, x: 0, y: 0 } : fitCamera(viewBox, frame)), [frame, viewBox]);
  const fitRef = useLatest<Camera>(fit);
  const zoomRef = useRef<ZoomState>(unzoomed);
  const sceneRef = useLatest(scene);
  const frameSizeRef = useLatest(frame);
  const painterRef = useRef<CanvasPainter | null>(null);
  const draggingRef = useRef<{ readonly id: string; readonly at: Point } | null>(null);
  const ghostRef = useRef<GhostFade | null>(null);
  useEffect(() => () => painterRef.current?.dispose(), []);

  /** One frame: the whole picture, a zoom frame or a drag frame; the node layer follows the camera. */
  const paint = useCallback(
    (how: 'full' | 'zooming' | 'dragging') => {
      const canvas = canvasRef.current;
      const size = frameSizeRef.current;
      if (canvas === null || size === null) return;
      painterRef.current ??= new CanvasPainter(canvas);
      const painter = painterRef.current;
      const camera = zoomedCamera(fitRef.current, zoomRef.current);
      const layer = layerRef.current;
      if (layer !== null) layer.style.transform = `matrix(${camera.k},0,0,${camera.k},${camera.x},${camera.y})`;
      const dragged = draggingRef.current;
      if (how === 'dragging' && dragged !== null) painter.dragging(sceneRef.current, camera, size, dragged.id, dragged.at);
      else if (how === 'zooming') painter.zooming(sceneRef.current, camera, size);
      else painter.full(ghostRef.current === null ? sceneRef.current : { ...sceneRef.current, ghosts: ghostRef.current }, camera, size);
    },
    [fitRef, frameSizeRef, sceneRef],
  );
  // Links a filter removed fade out, as in SVG, unless the reader prefers less motion.
  const ghosts = useGhostLinks(store, usePrefersReducedMotion());
  useGhostFade(ghosts, ghostRef, useCallback(() => paint('full'), [paint]));
  const zoomSoon = useFrameCallback(useCallback(() => paint('zooming'), [paint]));
  const dragSoon = useFrameCallback(useCallback(() => paint('dragging'), [paint]));

  // Sized to the frame in device pixels; drawn whole whenever what it shows changes: at once for
  // a change (a selection is painted in the frame it was made), in the next task for the first
  // picture, so that mounting a large story and painting it are two short tasks, not one long one.
  // On paper, drawn again at print resolution (the screen's bitmap would print blurred).
  const [painted, setPainted] = useState(false);
  const printing = usePrinting();
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    if (canvas === null || frame === null) return;
    painterRef.current ??= new CanvasPainter(canvas);
    painterRef.current.resize(frame, printing ? Math.min(printRatio, printMaxSide / Math.max(frame.width, frame.height)) : undefined);
    if (painted) {
      paint('full');
      return;
    }
    const handle = setTimeout(() => {
      paint('full');
      setPainted(true);
    }, 0);
    return () => clearTimeout(handle);
  }, [frame, scene, fit, paint, painted, printing]);
  // The node elements arrive a slice per task too, as SVG nodes do.
  const drawnNodes = useProgressiveCount(graph.nodes.length, progressive ? nodesPerTask : Infinity);

  const onZoom = useCallback(
    (next: ZoomState) => {
      zoomRef.current = next;
      zoomSoon();
    },
    [zoomSoon],
  );
  const { controls: zoomControls, ready: zoomReady } = useD3Zoom(frameRef, {
    // Far enough into a 10,000-claim story to read any label.
    maxScale: 64,
    onZoom,
    unitScale: () => 1,
    // The frame's pixels, before the reader's zoom: through the fit.
    toZoomed: (x, y) => [x * fitRef.current.k + fitRef.current.x, y * fitRef.current.k + fitRef.current.y],
  });

  const transformNow = useCallback((): ToLayer => {
    const box = frameRef.current?.getBoundingClientRect();
    const camera = zoomedCamera(fitRef.current, zoomRef.current);
    return (x, y) => toLayout(camera, { x: x - (box?.left ?? 0), y: y - (box?.top ?? 0) });
  }, [fitRef]);
  const drawDragged = useCallback(
    (id: string, at: Point) => {
      draggingRef.current = { id, at };
      const element = layerRef.current?.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(id)}"]`);
      const p = positionsRef.current.get(id) ?? origin;
      if (element != null) element.style.translate = `${at.x - p.x}px ${at.y - p.y}px`;
      dragSoon();
    },
    [positionsRef, dragSoon],
  );
  const commitDrag = useCallback(
    (id: string, at: Point) => {
      const element = layerRef.current?.querySelector<HTMLElement>(`[data-node-id="${CSS.escape(id)}"]`);
      if (element != null) element.style.translate = '';
      draggingRef.current = null;
      moveNode(id, at);
    },
    [moveNode],
  );
  const drag = useNodeDrag(transformNow, positionsRef, drawDragged, commitDrag);
  const { consumeClick } = drag;
  const onActivate = useNodeActivation(store, consumeClick);
  const onNudge = useCallback(
    (node: GraphNode, dx: number, dy: number) => {
      const p = positionsRef.current.get(node.id) ?? origin;
      const k = zoomedCamera(fitRef.current, zoomRef.current).k || 1;
      moveNode(node.id, { x: p.x + dx / k, y: p.y + dy / k });
    },
    [moveNode, positionsRef, fitRef],
  );
  const focusIntoView = useFocusIntoView(frameRef, positionsRef, zoomControls);
  const keyboard = useGraphKeyboard(store, graph, selectedId, positionsRef, frameRef);
  const { onFocused } = keyboard;
  const onFocusNode = useCallback(
    (node: GraphNode, element: HTMLElement | null) => {
      setFocusedId((now) => (element !== null ? node.id : now === node.id ? null : now));
      if (element !== null) {
        onFocused(node);
        focusIntoView(node, element);
      }
    },
    [focusIntoView, onFocused],
  );
  const nodeNames = useStore(store, store.selectors.nodeNames);
  const graphLabel = useStore(store, store.selectors.graphLabel);
  const preview = usePreview(store, frameRef);
  useSelectionUncovered(frameRef, selectedId, zoomControls, zoomReady);
  const resetView = useCallback(() => {
    resetMoved();
    zoomControls.reset();
  }, [zoomControls, resetMoved]);
  const previewId = `${scope}-preview`;

  return (
    <div
      className="graph-view"
      data-graph={scope}
      data-renderer="canvas"
      // For scripts and tests: what the canvas draws, and whether the curves have arrived.
      data-drawn-nodes={painted ? Math.min(drawnNodes, graph.nodes.length) : 0}
      data-drawn-links={painted ? graph.links.length : 0}
      data-routed={routes.size > 0 ? '' : undefined}
      data-ghost-links={ghosts.length}
    >
      <div
        ref={frameRef}
        className="graph-canvas"
        // Focusable from script only: where focus returns when the node it was on goes away.
        tabIndex={-1}
        onPointerMove={drag.onPointerMove}
        onPointerUp={drag.onPointerUp}
        onPointerCancel={drag.onPointerUp}
        onClick={(event) => {
          if (!(event.target as Element).closest('[data-node-id], .graph-view__controls')) store.getState().select(null);
        }}
      >
        <canvas ref={canvasRef} className="graph-canvas__canvas" aria-hidden="true" />
        <div
          ref={layerRef}
          className="graph-canvas__layer"
          // Its own keys (arrows, `]`, `f`): a screen reader passes them through rather than reading on.
          role="application"
          aria-label={graphLabel}
          aria-describedby={`${scope}-keys`}
        >
          {(drawnNodes < graph.nodes.length ? graph.nodes.slice(0, drawnNodes) : graph.nodes).map((node) => (
            <CanvasNode
              key={node.id}
              node={node}
              name={nodeNames.get(node.id) ?? node.label}
              tabbable={node.id === keyboard.tabStopId}
              position={positions.get(node.id) ?? origin}
              emphasis={node.id === selectedId ? 'selected' : emphasising?.nodes.get(node.id)}
              describedBy={preview.nodeId === node.id ? previewId : undefined}
              onActivate={onActivate}
              onFocusNode={onFocusNode}
              onPreview={preview.show}
              onPointerDown={drag.onPointerDown}
              onNudge={onNudge}
              onMoveFocus={keyboard.onMoveFocus}
              onWalkLink={keyboard.onWalkLink}
              onFollowLink={keyboard.onFollowLink}
            />
          ))}
        </div>
      </div>
      {preview.content !== null && <NodePreview id={previewId} content={preview.content} place={preview.place} />}
      <GraphKeyboardHelp id={`${scope}-keys`} announcement={keyboard.announcement} />
      <ZoomControls onZoomIn={() => zoomControls.zoomBy(1.25)} onZoomOut={() => zoomControls.zoomBy(0.8)} onReset={resetView} />
    </div>
  );
}
