import type { Positions } from '../lib/geometry';
import type { Dataset } from '../model/dataset';
import { deriveGraph } from '../model/deriveGraph';
import { noFilters } from '../model/filters';
import { computeLayout } from './computeLayout';
import { routeLinks } from './routeLinks';

/** A dataset's arrangement: its unfiltered graph laid out, and its links routed clear of the picture. */
export interface Arrangement {
  readonly layout: Positions;
  /** SVG path data by link id. Filtered views draw a subset of these: filters never reroute. */
  readonly routes: ReadonlyMap<string, string>;
}

/** Lays out and routes a dataset's unfiltered graph, so filters never move a node or a link. */
export function layoutDataset(dataset: Dataset): Arrangement {
  const graph = deriveGraph(dataset, noFilters);
  const layout = computeLayout(graph);
  const routes = new Map([...routeLinks(graph.nodes, graph.links, layout)].map(([id, route]) => [id, route.d]));
  return { layout, routes };
}
