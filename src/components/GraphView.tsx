import { useCallback, useMemo, useRef, useState } from 'react';
import { computeLayout, type Point } from '../layout/computeLayout';
import { fitTransform } from '../layout/fitTransform';
import { maxLabelScale } from '../layout/nodeGeometry';
import type { GraphNode as GraphNodeModel } from '../model/graph';
import { parseNodeId } from '../model/nodeId';
import { useExplorer } from '../store/ExplorerStoreContext';
import { selectFullGraph, selectGraph, selectNeighbourhood, selectSelectedNodeId } from '../store/selectors';
import { benefitColour } from './benefitPalette';
import { GraphLinks, LinkMarkers } from './GraphLinks';
import { GraphNode } from './GraphNode';
import { useElementSize } from './useElementSize';
import { useNodeDrag } from './useNodeDrag';
import { useZoom } from './useZoom';

interface GraphViewProps {
  /**
   * The detail panel floats over the graph's right side (the embed): while it is open, fit the
   * graph into the space left of it, so the selected node is never hidden behind it.
   */
  readonly besideOverlay?: boolean;
}

/** The overlay's width in pixels: keep in step with `.embed__panel` (min(22rem, 45%)) plus its margin. */
const overlayWidth = (frameWidth: number) => Math.min(352, 0.45 * frameWidth) + 16;

/**
 * The force graph. D3 computes the layout and the zoom transform; React renders every element,
 * so nodes are real buttons with names, focus and test ids.
 */
export function GraphView({ besideOverlay = false }: GraphViewProps) {
  const graph = useExplorer(selectGraph);
  const fullGraph = useExplorer(selectFullGraph);
  const selectedId = useExplorer(selectSelectedNodeId);
  const highlighted = useExplorer(selectNeighbourhood);
  const benefitTypes = useExplorer((s) => s.dataset.benefitTypes);
  const select = useExplorer((s) => s.select);

  const svgRef = useRef<SVGSVGElement>(null);
  const size = useElementSize(svgRef);
  const zoom = useZoom(svgRef);
  // Laid out once per dataset on the unfiltered graph, so filters only hide nodes, never move them.
  const layout = useMemo(() => computeLayout(fullGraph), [fullGraph]);
  const reserved = besideOverlay && selectedId !== null ? overlayWidth(size.width) : 0;
  const frame = useMemo(
    () => fitTransform(fullGraph, layout, { width: size.width - reserved, height: size.height }),
    [fullGraph, layout, size, reserved],
  );
  const [moved, setMoved] = useState<ReadonlyMap<string, Point>>(new Map());
  const positions = useMemo(() => {
    if (moved.size === 0) return layout;
    const merged = new Map(layout);
    for (const [id, p] of moved) merged.set(id, p);
    return merged;
  }, [layout, moved]);

  const colours = useMemo(
    () => new Map(benefitTypes.map((b, i) => [`benefit:${b.id}`, benefitColour(i)])),
    [benefitTypes],
  );
  const labels = useMemo(() => new Map(fullGraph.nodes.map((n) => [n.id, n.label])), [fullGraph]);

  const scale = zoom.transform.k * frame.k;
  // When the frame shrinks the graph, labels grow back (up to maxLabelScale), so a 960x540 slide
  // stays readable.
  const labelScale = Math.min(maxLabelScale, Math.max(1, 1 / frame.k));

  const moveNode = useCallback((id: string, p: Point) => setMoved((m) => new Map(m).set(id, p)), []);
  const drag = useNodeDrag(positions, scale, moveNode);
  const { consumeClick } = drag;
  const onActivate = useCallback(
    (node: GraphNodeModel) => {
      if (consumeClick()) return;
      select(selectedId === node.id ? null : parseNodeId(node.id) ?? null);
    },
    [select, selectedId, consumeClick],
  );
  const { centreOn, currentTransform } = zoom;
  const onNudge = useCallback(
    (node: GraphNodeModel, dx: number, dy: number) => {
      const p = positions.get(node.id) ?? { x: 0, y: 0 };
      const k = currentTransform().k * frame.k;
      moveNode(node.id, { x: p.x + dx / k, y: p.y + dy / k });
    },
    [moveNode, positions, currentTransform, frame.k],
  );
  // A keyboard user tabbing to a node that is zoomed or panned out of sight gets it brought into view.
  const onFocus = useCallback(
    (node: GraphNodeModel) => {
      const p = positions.get(node.id);
      if (p === undefined) return;
      const inFrame = { x: frame.x + p.x * frame.k, y: frame.y + p.y * frame.k };
      const [sx, sy] = currentTransform().apply([inFrame.x, inFrame.y]);
      const margin = 40;
      if (sx < margin || sy < margin || sx > size.width - margin || sy > size.height - margin) centreOn(inFrame.x, inFrame.y);
    },
    [positions, frame, currentTransform, size, centreOn],
  );
  const resetView = () => {
    setMoved(new Map());
    zoom.reset();
  };

  return (
    <div className="graph-view">
      <svg
        ref={svgRef}
        className="graph-view__svg"
        role="group"
        aria-label="Graph of actors and benefit types"
        onPointerMove={drag.onPointerMove}
        onPointerUp={drag.onPointerUp}
        onPointerCancel={drag.onPointerUp}
        onClick={(event) => {
          if (!(event.target as Element).closest('[data-node-id]')) select(null);
        }}
      >
        <LinkMarkers />
        <g transform={zoom.transform.toString()}>
          <g transform={`translate(${frame.x},${frame.y}) scale(${frame.k})`}>
            <GraphLinks graph={graph} positions={positions} labels={labels} highlighted={highlighted} />
            <g className="graph-nodes">
              {graph.nodes.map((node) => (
                <GraphNode
                  key={node.id}
                  node={node}
                  position={positions.get(node.id) ?? { x: 0, y: 0 }}
                  colour={colours.get(node.id) ?? '#999'}
                  selected={node.id === selectedId}
                  faded={highlighted !== null && !highlighted.nodes.has(node.id)}
                  labelScale={labelScale}
                  onActivate={onActivate}
                  onFocus={onFocus}
                  onPointerDown={drag.onPointerDown}
                  onNudge={onNudge}
                />
              ))}
            </g>
          </g>
        </g>
      </svg>
      <div className="graph-view__controls" role="toolbar" aria-label="View">
        <button type="button" onClick={() => zoom.zoomBy(1.25)} aria-label="Zoom in" title="Zoom in">
          +
        </button>
        <button type="button" onClick={() => zoom.zoomBy(0.8)} aria-label="Zoom out" title="Zoom out">
          −
        </button>
        <button type="button" onClick={resetView}>
          Reset view
        </button>
      </div>
    </div>
  );
}
