import { claimCounts } from '../model/claimCounts';
import { deriveGraph } from '../model/deriveGraph';
import { noFilters, type Filters } from '../model/filters';
import { neighbourhood } from '../model/neighbourhood';
import { nodeId } from '../model/nodeId';
import { selectionDetail } from '../model/selectionDetail';
import { memoizeLast } from '../model/memoizeLast';
import type { ExplorerState } from './explorerStore';

const filtersOf = memoizeLast(
  (hiddenBenefitTypes: ReadonlySet<string>, hiddenOutlets: ReadonlySet<string>): Filters => ({
    hiddenBenefitTypes,
    hiddenOutlets,
  }),
);
const selectFilters = (s: ExplorerState): Filters => filtersOf(s.hiddenBenefitTypes, s.hiddenOutlets);

const graphOf = memoizeLast(deriveGraph);
/** The visible graph under the current filters. */
export const selectGraph = (s: ExplorerState) => graphOf(s.dataset, selectFilters(s));

const fullGraphOf = memoizeLast((dataset: ExplorerState['dataset']) => deriveGraph(dataset, noFilters));
/** The unfiltered graph: the layout and the fitted frame are computed on it, so filters never move nodes. */
export const selectFullGraph = (s: ExplorerState) => fullGraphOf(s.dataset);

const visibleClaimCountOf = memoizeLast((graph: ReturnType<typeof selectGraph>) =>
  new Set(graph.links.flatMap((l) => l.claimIds)).size,
);
/** How many claims the filters leave visible. */
export const selectVisibleClaimCount = (s: ExplorerState) => visibleClaimCountOf(selectGraph(s));

const countsOf = memoizeLast((dataset: ExplorerState['dataset']) => claimCounts(dataset.claims));
export const selectClaimCounts = (s: ExplorerState) => countsOf(s.dataset);

export const selectSelectedNodeId = (s: ExplorerState): string | null =>
  s.selected === null ? null : nodeId(s.selected);

const detailOf = memoizeLast(selectionDetail);
/** What the detail panel shows, or undefined when nothing is selected. */
export const selectDetail = (s: ExplorerState) =>
  s.selected === null ? undefined : detailOf(s.dataset, selectFilters(s), s.selected);

const neighbourhoodOf = memoizeLast(neighbourhood);
/** The selected node with the links and nodes of its claims, or null when nothing is selected. */
export const selectNeighbourhood = (s: ExplorerState) =>
  s.selected === null ? null : neighbourhoodOf(s.dataset, selectGraph(s), s.selected);
