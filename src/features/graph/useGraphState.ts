import { useCallback } from 'react';
import { useStore } from 'zustand';
import type { GraphNode } from '../../model/graph';
import { nodeId, parseNodeId } from '../../model/nodeId';
import type { ExplorerStore } from '../../store/explorerStore';

/** What every renderer of the graph reads from the store: one subscription each, re-rendering only on its change. */
export function useGraphState(store: ExplorerStore) {
  const { selectors } = store;
  return {
    graph: useStore(store, selectors.shownGraph),
    fullGraph: useStore(store, selectors.fullGraph),
    layout: useStore(store, (s) => s.layout),
    routes: useStore(store, (s) => s.routes),
    selectedId: useStore(store, selectors.selectedNodeId),
    emphases: useStore(store, selectors.emphases),
    singleSource: useStore(store, (s) => s.singleSource),
    benefitTypes: useStore(store, (s) => s.dataset.benefitTypes),
  };
}

/**
 * A node's activation: toggles it as the selection, unless it is the click that ends a drag
 * (`consumeClick`). Keeps its identity, so nodes do not re-render.
 */
export function useNodeActivation(store: ExplorerStore, consumeClick: () => boolean) {
  return useCallback(
    (node: GraphNode, via: 'pointer' | 'keyboard') => {
      if (via === 'pointer' && consumeClick()) return;
      const { selected, select } = store.getState();
      select(selected !== null && nodeId(selected) === node.id ? null : (parseNodeId(node.id) ?? null));
    },
    [store, consumeClick],
  );
}
