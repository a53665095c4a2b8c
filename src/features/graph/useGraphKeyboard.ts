import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import { useStore } from 'zustand';
import type { Positions } from '../../lib/geometry';
import { useLatest } from '../../lib/useLatest';
import type { Direction } from '../../layout/nearestInDirection';
import type { Graph, GraphLink, GraphNode } from '../../model/graph';
import type { ExplorerStore } from '../../store/explorerStore';

/** A node's links, in the graph's order: looked up on a key press, so a filter change costs nothing here. */
const linksOf = (graph: Graph, id: string): GraphLink[] => graph.links.filter((l) => l.source === id || l.target === id);

/** The link last said on a node, so `]` goes on from it and `f` follows it. */
interface Walk {
  readonly nodeId: string;
  readonly linkId: string;
}

/**
 * The graph as one Tab stop with a roving focus (WAI-ARIA's pattern for composite widgets): the
 * arrows go to the nearest node that way, Home and End to the first and last, `]` and `[` say
 * the focused node's links one by one in a polite live region, and `f` follows the last one said
 * to the node at its other end. The same region says each selection. Both renderers use it, so
 * keyboard and screen reader meet the same graph whatever draws it.
 */
export function useGraphKeyboard(store: ExplorerStore, graph: Graph, selectedId: string | null, positionsRef: RefObject<Positions>, frameRef: RefObject<Element | null>) {
  const dataset = useStore(store, (s) => s.dataset);
  const [focusedId, setFocusedId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState({ text: '', count: 0 });
  const walk = useRef<Walk | null>(null);

  const nodeIds = useMemo(() => new Set(graph.nodes.map((n) => n.id)), [graph]);

  // The one node in the Tab order: the last focused while it is shown, else the selection, else the first.
  const tabStopId =
    focusedId !== null && nodeIds.has(focusedId) ? focusedId : selectedId !== null && nodeIds.has(selectedId) ? selectedId : (graph.nodes[0]?.id ?? null);

  const focusNode = useCallback(
    (id: string | null) => {
      if (id === null) return;
      setFocusedId(id);
      const element = frameRef.current?.querySelector<HTMLElement | SVGElement>(`[data-node-id="${CSS.escape(id)}"]`);
      element?.focus();
    },
    [frameRef],
  );

  const say = useCallback((text: string) => setAnnouncement((now) => ({ text, count: now.count + 1 })), []);
  // Read through a ref, so the handlers keep their identity across filters and nodes do not re-render.
  const latest = useLatest({ graph, nodeIds, dataset });

  // Moves run in order, each from wherever focus is when it runs: the geometry is fetched with the
  // first arrow (not with the first paint: the page's JavaScript budget), and keys pressed while
  // it arrives must not all start from the same node.
  const moves = useRef(Promise.resolve());
  const onMoveFocus = useCallback(
    (node: GraphNode, towards: Direction | 'first' | 'last') => {
      moves.current = moves.current.then(async () => {
        const { graph, nodeIds } = latest.current;
        const from = document.activeElement?.getAttribute('data-node-id') ?? node.id;
        if (towards === 'first') focusNode(graph.nodes[0]?.id ?? null);
        else if (towards === 'last') focusNode(graph.nodes[graph.nodes.length - 1]?.id ?? null);
        else focusNode((await import('../../layout/nearestInDirection')).nearestInDirection(from, towards, positionsRef.current, nodeIds));
      });
    },
    [latest, positionsRef, focusNode],
  );

  const onWalkLink = useCallback(
    (node: GraphNode, step: 1 | -1) => {
      const { graph, dataset } = latest.current;
      const links = linksOf(graph, node.id);
      if (links.length === 0) {
        say(`${node.label}: no links shown.`);
        return;
      }
      const last = walk.current?.nodeId === node.id ? links.findIndex((l) => l.id === walk.current?.linkId) : -1;
      const index = last === -1 ? (step === 1 ? 0 : links.length - 1) : (last + step + links.length) % links.length;
      const link = links[index]!;
      walk.current = { nodeId: node.id, linkId: link.id };
      // Fetched on the first walk, not with the first paint: the page keeps within its JavaScript budget.
      void import('../../model/linkSentence').then(({ linkSentence }) => {
        if (walk.current?.linkId === link.id) say(`${linkSentence(link, dataset)}. Link ${index + 1} of ${links.length}.`);
      });
    },
    [latest, say],
  );

  const onFollowLink = useCallback(
    (node: GraphNode) => {
      const links = linksOf(latest.current.graph, node.id);
      const link = (walk.current?.nodeId === node.id ? links.find((l) => l.id === walk.current?.linkId) : undefined) ?? links[0];
      if (link === undefined) {
        say(`${node.label}: no links shown.`);
        return;
      }
      const other = link.source === node.id ? link.target : link.source;
      // Arriving by a link, `]` goes on from the same link, now seen from its other end.
      walk.current = { nodeId: other, linkId: link.id };
      focusNode(other);
    },
    [latest, say, focusNode],
  );

  const onFocused = useCallback((node: GraphNode) => setFocusedId(node.id), []);

  // Each selection said once, in the same live region: a click, Enter, a link or the presentation.
  useEffect(
    () =>
      store.subscribe((state, previous) => {
        const id = store.selectors.selectedNodeId(state);
        if (id === store.selectors.selectedNodeId(previous)) return;
        const name = id === null ? undefined : store.selectors.nodeNames(state).get(id);
        if (id === null) say('Selection cleared.');
        else if (name !== undefined) say(`Selected: ${name}.`);
      }),
    [store, say],
  );

  return {
    tabStopId,
    onMoveFocus,
    onWalkLink,
    onFollowLink,
    onFocused,
    // Said again when the same text comes twice (a link walked back to): a live region reads changes only.
    announcement: announcement.count % 2 === 0 ? announcement.text : `${announcement.text}\u00a0`,
  };
}
