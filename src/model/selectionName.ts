import type { Dataset } from './dataset';
import type { NodeRef } from './nodeId';

/** The name of the selected actor or benefit type, as the graph labels it; undefined when none. */
export function selectionName(dataset: Dataset, selected: NodeRef | null): string | undefined {
  if (selected === null) return undefined;
  const { actors, benefitTypes } = dataset.index;
  return selected.kind === 'actor' ? actors.get(selected.id)?.name : benefitTypes.get(selected.id)?.label;
}
