import type { Dataset } from './dataset';
import type { NodeRef } from './nodeId';

/** The actors a presentation steps through, by id: the dataset's `meta.tour`, or its actor order. */
export function tourOrder(dataset: Dataset): readonly string[] {
  return dataset.meta.tour ?? dataset.actors.map((actor) => actor.id);
}

/**
 * Where a presentation stands: 0 is the overview (nothing selected, or something off the tour),
 * step k selects the k-th actor of the tour.
 */
export function tourStep(order: readonly string[], selected: NodeRef | null): number {
  if (selected === null || selected.kind !== 'actor') return 0;
  return order.indexOf(selected.id) + 1;
}

/** The selection for a step, clamped to the tour: the overview before the first actor. */
export function tourSelection(order: readonly string[], step: number): NodeRef | null {
  const clamped = Math.min(Math.max(step, 0), order.length);
  const id = clamped === 0 ? undefined : order[clamped - 1];
  return id === undefined ? null : { kind: 'actor', id };
}
