import { claimCounts } from '../model/claimCounts';
import type { Dataset } from '../model/dataset';
import { deriveGraph } from '../model/deriveGraph';
import { noFilters, type Filters } from '../model/filters';
import type { Graph } from '../model/graph';
import { neighbourhood } from '../model/neighbourhood';
import { nodeId } from '../model/nodeId';
import { selectionDetail } from '../model/selectionDetail';
import type { ViewState } from '../model/viewState';
import { withSelectedNode } from '../model/withSelectedNode';
import { memoizeLast } from '../lib/memoizeLast';

/** What the selectors read: the store's state (kept structural so the store can import this file). */
interface State extends ViewState {
  readonly dataset: Dataset;
}

/**
 * The memoised selectors of one store. Each call makes fresh caches: a store owns its own, so two
 * explorers on a page (a thumbnail, a comparison) never evict each other's results.
 */
export function createSelectors() {
  const filtersOf = memoizeLast(
    (hiddenBenefitTypes: ReadonlySet<string>, hiddenOutlets: ReadonlySet<string>): Filters => ({
      hiddenBenefitTypes,
      hiddenOutlets,
    }),
  );
  const filters = (s: State): Filters => filtersOf(s.hiddenBenefitTypes, s.hiddenOutlets);

  const graphOf = memoizeLast(deriveGraph);
  /** The graph under the current filters. */
  const graph = (s: State): Graph => graphOf(s.dataset, filters(s));

  const fullGraphOf = memoizeLast((dataset: Dataset) => deriveGraph(dataset, noFilters));
  /** The unfiltered graph: the layout and the frame are computed on it, so filters never move nodes. */
  const fullGraph = (s: State): Graph => fullGraphOf(s.dataset);

  const selectedNodeId = (s: State): string | null => (s.selected === null ? null : nodeId(s.selected));

  const shownGraphOf = memoizeLast(withSelectedNode);
  /** What the graph draws: the filtered graph, keeping the selected node even when filters hide it. */
  const shownGraph = (s: State): Graph => shownGraphOf(graph(s), fullGraph(s), selectedNodeId(s));

  const visibleClaimCountOf = memoizeLast((g: Graph) => new Set(g.links.flatMap((l) => l.claimIds)).size);
  /** How many claims the filters leave visible. */
  const visibleClaimCount = (s: State): number => visibleClaimCountOf(graph(s));

  const countsOf = memoizeLast((dataset: Dataset) => claimCounts(dataset.claims));
  /** Claims per benefit type and per outlet, over all data. */
  const counts = (s: State) => countsOf(s.dataset);

  /** How many benefit types and outlets are switched off: the phone's "Filters · 2 hidden". */
  const hiddenCount = (s: State): number => s.hiddenBenefitTypes.size + s.hiddenOutlets.size;

  const detailOf = memoizeLast(selectionDetail);
  /** What the detail panel shows, or undefined when nothing is selected. */
  const detail = (s: State) => (s.selected === null ? undefined : detailOf(s.dataset, filters(s), s.selected));

  const neighbourhoodOf = memoizeLast(neighbourhood);
  /** The selected node with the visible links and nodes of its claims, or null when nothing is selected. */
  const around = (s: State) => (s.selected === null ? null : neighbourhoodOf(s.dataset, graph(s), s.selected));

  return { filters, graph, fullGraph, shownGraph, selectedNodeId, visibleClaimCount, counts, hiddenCount, detail, neighbourhood: around };
}

export type ExplorerSelectors = ReturnType<typeof createSelectors>;
