import type { Positions } from '../lib/geometry';
import type { Dataset } from '../model/dataset';
import { deriveGraph } from '../model/deriveGraph';
import { noFilters } from '../model/filters';
import type { Graph } from '../model/graph';
import { computeLayout } from './computeLayout';
import { reuseArrangement } from './keptArrangement';
import { routeLinks } from './routeLinks';

/** A dataset's arrangement: its unfiltered graph laid out, and its links routed clear of the picture. */
export interface Arrangement {
  readonly layout: Positions;
  /** SVG path data by link id. Filtered views draw a subset of these: filters never reroute. */
  readonly routes: ReadonlyMap<string, string>;
}

/**
 * A dataset's unfiltered graph and where its nodes go: all a first picture needs (links drawn
 * straight). A stored story brings the arrangement it was kept with: used when it still fits, so
 * reopening lays nothing out again; `routes` are then its curves too (null: still to be routed).
 */
export function placeDataset(
  dataset: Dataset,
  kept?: unknown,
): { readonly graph: Graph; readonly layout: Positions; readonly routes: ReadonlyMap<string, string> | null } {
  const graph = deriveGraph(dataset, noFilters);
  const reused = reuseArrangement(graph, kept);
  return reused === null ? { graph, layout: computeLayout(graph), routes: null } : { graph, ...reused };
}

/** SVG path data by link id for a placed graph: the curves that replace its straight links. */
export function routeGraph(graph: Graph, layout: Positions): Map<string, string> {
  return new Map([...routeLinks(graph.nodes, graph.links, layout)].map(([id, route]) => [id, route.d]));
}

/** Lays out and routes a dataset's unfiltered graph, so filters never move a node or a link. */
export function layoutDataset(dataset: Dataset): Arrangement {
  const { graph, layout } = placeDataset(dataset);
  return { layout, routes: routeGraph(graph, layout) };
}
