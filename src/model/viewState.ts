import type { Dataset } from './dataset';
import type { NodeRef } from './nodeId';

/** Everything about a view that a shared link restores. */
export interface ViewState {
  readonly selected: NodeRef | null;
  readonly hiddenBenefitTypes: ReadonlySet<string>;
  readonly hiddenOutlets: ReadonlySet<string>;
  /** Highlight every link that rests on a single outlet: the lesson on corroboration. */
  readonly singleSource: boolean;
}

export const defaultView: ViewState = {
  selected: null,
  hiddenBenefitTypes: new Set(),
  hiddenOutlets: new Set(),
  singleSource: false,
};

/** The nearest valid view for a dataset: ids it does not know are dropped, never an error. */
export function sanitizeView(dataset: Dataset, view: ViewState): ViewState {
  const { actors, benefitTypes, outlets } = dataset.index;
  const selected =
    view.selected === null
      ? null
      : (view.selected.kind === 'actor' ? actors : benefitTypes).has(view.selected.id)
        ? view.selected
        : null;
  return {
    selected,
    hiddenBenefitTypes: new Set([...view.hiddenBenefitTypes].filter((id) => benefitTypes.has(id))),
    hiddenOutlets: new Set([...view.hiddenOutlets].filter((id) => outlets.has(id))),
    singleSource: view.singleSource,
  };
}
