import { claimCounts } from '../model/claimCounts';
import type { Dataset } from '../model/dataset';
import { deriveGraph } from '../model/deriveGraph';
import { noFilters, type Filters } from '../model/filters';
import type { Graph } from '../model/graph';
import { emphasis } from '../model/emphasis';
import { graphName } from '../model/graphName';
import { nodeName } from '../model/nodeName';
import { nodeSummaries } from '../model/nodeSummary';
import { panelContents } from '../model/panelContents';
import { nodeId } from '../model/nodeId';
import { selectionDetail } from '../model/selectionDetail';
import type { ViewState } from '../model/viewState';
import { withSelectedNode } from '../model/withSelectedNode';
import { memoizeLast } from '../lib/memoizeLast';

/** What the selectors read: the store's state (kept structural so the store can import this file). */
interface State extends ViewState {
  readonly dataset: Dataset;
  /** The unfiltered graph, when it came with the story (see Story.graph). */
  readonly graph?: Graph | undefined;
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

  const fullGraphOf = memoizeLast((dataset: Dataset) => deriveGraph(dataset, noFilters));
  /** The unfiltered graph: the layout and the frame are computed on it, so filters never move nodes. */
  const fullGraph = (s: State): Graph => s.graph ?? fullGraphOf(s.dataset);

  const graphOf = memoizeLast(deriveGraph);
  /** The graph under the current filters: the unfiltered one itself when nothing is hidden (derived once, not twice, for a new story). */
  const graph = (s: State): Graph => {
    const f = filters(s);
    return f.hiddenBenefitTypes.size === 0 && f.hiddenOutlets.size === 0 ? fullGraph(s) : graphOf(s.dataset, f);
  };

  const selectedNodeId = (s: State): string | null => (s.selected === null ? null : nodeId(s.selected));

  const shownGraphOf = memoizeLast(withSelectedNode);
  /** What the graph draws: the filtered graph, keeping the selected node even when filters hide it. */
  const shownGraph = (s: State): Graph => shownGraphOf(graph(s), fullGraph(s), selectedNodeId(s));

  const visibleClaimCountOf = memoizeLast((g: Graph) => {
    const ids = new Set<string>();
    for (const link of g.links) for (const id of link.claimIds) ids.add(id);
    return ids.size;
  });
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

  const panelOf = memoizeLast(panelContents);
  /** The detail panel in its compact form: summary, then one row per benefit type or actor. */
  const panel = (s: State) => {
    const d = detail(s);
    return d === undefined ? undefined : panelOf(d);
  };

  const emphasisOf = memoizeLast(emphasis);
  /** How strongly each node and link is drawn for the selection, or null when nothing is selected. */
  const emphases = (s: State) => {
    const id = selectedNodeId(s);
    return id === null ? null : emphasisOf(graph(s), id);
  };

  const summariesOf = memoizeLast(nodeSummaries);
  /** Per node, how many visible links of each kind: the hover preview's "gains 7 · provides 0 · costs 0". */
  const summaries = (s: State) => summariesOf(graph(s));

  const nodeNamesOf = memoizeLast((g: Graph, bySummary: ReturnType<typeof nodeSummaries>) => new Map(g.nodes.map((n) => [n.id, nodeName(n, bySummary.get(n.id))])));
  /** Each drawn node's accessible name: its label, what it is, and its visible counts (see nodeName). */
  const nodeNames = (s: State): ReadonlyMap<string, string> => nodeNamesOf(shownGraph(s), summaries(s));

  const graphLabelOf = memoizeLast(graphName);
  /** The graph's accessible name: the story, and how many actors, benefit types and claims are shown. */
  const graphLabel = (s: State): string => graphLabelOf(s.dataset.meta.title, shownGraph(s), visibleClaimCount(s), s.dataset.claims.length);

  return {
    filters, graph, fullGraph, shownGraph, selectedNodeId, visibleClaimCount, counts, hiddenCount,
    detail, panel, emphases, summaries, nodeNames, graphLabel,
  };
}

export type ExplorerSelectors = ReturnType<typeof createSelectors>;
