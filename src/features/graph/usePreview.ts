import { useCallback, useEffect, useState, type RefObject } from 'react';
import { useStore } from 'zustand';
import type { Point } from '../../lib/geometry';
import type { GraphNode } from '../../model/graph';
import { describeSummary } from '../../model/nodeSummary';
import { plural } from '../../model/plural';
import type { ExplorerStore } from '../../store/explorerStore';
import type { PreviewContent, PreviewPlace } from './NodePreview';

interface Shown {
  readonly node: GraphNode;
  /** The node's centre, top and bottom, in CSS pixels from the frame's top left. */
  readonly at: Point & { readonly top: number; readonly bottom: number };
  /** The frame's size, so a card near its right or bottom edge can open the other way. */
  readonly frame: { readonly width: number; readonly height: number };
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
    (node: GraphNode, element: Element | null) => {
      const frame = frameRef.current;
      if (element === null || frame === null) {
        setShown((current) => (current?.node.id === node.id ? null : current));
        return;
      }
      const box = (element.querySelector('.graph-node__shape') ?? element).getBoundingClientRect();
      const origin = frame.getBoundingClientRect();
      setShown({
        node,
        at: { x: box.left + box.width / 2 - origin.left, y: box.top + box.height / 2 - origin.top, top: box.top - origin.top, bottom: box.bottom - origin.top },
        frame: { width: origin.width, height: origin.height },
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
        return `${other}: ${plural(l.weight, 'outlet')} shown of ${unfiltered.get(l.id) ?? l.weight}`;
      });
    content = { name: node.label, summary: describeSummary(node.id, summaries.get(node.id)), thinned };
  }
  // Opens away from the nearer edges, so it stays inside the frame and off the node.
  const at = shown?.at ?? { x: 0, y: 0, top: 0, bottom: 0 };
  const { width, height } = shown?.frame ?? { width: 0, height: 0 };
  const across = at.x > width / 2 ? { right: Math.max(4, width - at.x - 24) } : { left: Math.max(4, at.x - 24) };
  const place: PreviewPlace = at.y > height / 2 ? { ...across, bottom: height - at.top + 6 } : { ...across, top: at.bottom + 6 };

  // Escape dismisses it (WCAG 1.4.13) and still does what Escape does: it is not a layer of its own.
  const isShown = shown !== null;
  useEffect(() => {
    if (!isShown) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setShown(null);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [isShown]);
  return { show, content, place, nodeId: shown?.node.id ?? null };
}
