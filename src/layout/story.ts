import type { Positions } from '../lib/geometry';
import type { Dataset } from '../model/dataset';
import type { Graph } from '../model/graph';

/** A dataset with the arrangement of its unfiltered graph, computed once, off the first paint's path. */
export interface Story {
  readonly dataset: Dataset;
  readonly layout: Positions;
  /**
   * SVG path data by link id, routed clear of nodes and labels (see routeLinks). An imported
   * story arrives without them: its links are drawn straight until the worker sends them.
   */
  readonly routes: ReadonlyMap<string, string>;
  /** The unfiltered graph, where the worker derived it already; otherwise derived from `dataset`. */
  readonly graph?: Graph | undefined;
}
