import { useCallback, useState, type RefObject } from 'react';
import { useStore } from 'zustand';
import type { Point } from '../../lib/geometry';
import type { GraphNode } from '../../model/graph';
import { describeSummary } from '../../model/nodeSummary';
import type { ExplorerStore } from '../../store/explorerStore';
import type { PreviewContent } from './NodePreview';

interface Shown {
  readonly node: GraphNode;
  /** Where the card goes, in CSS pixels from the frame's top left: under the node. */
  readonly at: Point;
  /** The frame's width, so a card near its right edge can open leftwards. */
  readonly frameWidth: number;
}

/**
 * The hover and focus preview of a node. Its contents come from the store, so they follow the
 * filters; `show` keeps its identity, so showing a preview re-renders no node.
 */
export function usePreview(store: ExplorerStore, frameRef: RefObject<HTMLElement | null>) {
  const [shown, setShown] = useState<Shown | null>(null);
  const summaries = useStore(store, store.selectors.summaries);
  const graph = useStore(store, store.selectors.graph);
  const fullGraph = useStore(store, store.selectors.fullGraph);

  const show = useCallback(
    (node: GraphNode, element: SVGGElement | null) => {
      const frame = frameRef.current;
      if (element === null || frame === null) {
        setShown((current) => (current?.node.id === node.id ? null : current));
        return;
      }
      const box = (element.querySelector('.graph-node__shape') ?? element).getBoundingClientRect();
      const origin = frame.getBoundingClientRect();
      setShown({
        node,
        at: { x: box.left + box.width / 2 - origin.left, y: box.bottom - origin.top + 6 },
        frameWidth: origin.width,
      });
    },
    [frameRef],
  );

  let content: PreviewContent | null = null;
  if (shown !== null) {
    const { node } = shown;
    const labels = new Map(fullGraph.nodes.map((n) => [n.id, n.label]));
    const unfiltered = new Map(fullGraph.links.map((l) => [l.id, l.weight]));
    const thinned = graph.links
      .filter((l) => (l.source === node.id || l.target === node.id) && (unfiltered.get(l.id) ?? 0) > l.weight)
      .map((l) => {
        const other = labels.get(l.source === node.id ? l.target : l.source) ?? '';
        return `${other}: ${l.weight} outlet${l.weight === 1 ? '' : 's'} shown of ${unfiltered.get(l.id) ?? l.weight}`;
      });
    content = { name: node.label, summary: describeSummary(node.id, summaries.get(node.id)), thinned };
  }
  // Opens away from the nearer edge, so it always stays inside the frame.
  const at = shown?.at ?? { x: 0, y: 0 };
  const width = shown?.frameWidth ?? 0;
  const place = at.x > width / 2 ? { right: Math.max(4, width - at.x - 24), top: at.y } : { left: Math.max(4, at.x - 24), top: at.y };
  return { show, content, place };
}
