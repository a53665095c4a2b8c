import type { Dataset } from '../model/dataset';
import { deriveGraph } from '../model/deriveGraph';
import { noFilters } from '../model/filters';
import { computeLayout } from './computeLayout';
import type { Positions } from '../lib/geometry';

/** The arrangement of a dataset: its unfiltered graph laid out, so filters never move a node. */
export function layoutDataset(dataset: Dataset): Positions {
  return computeLayout(deriveGraph(dataset, noFilters));
}
