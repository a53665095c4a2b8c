import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Dataset } from '../model/dataset';
import type { NodeRef } from '../model/nodeId';
import { defaultView, sanitizeView, type ViewState } from '../model/viewState';

/** The source of truth, and nothing derivable: the graph, counts and panel come from selectors. */
export interface ExplorerState extends ViewState {
  readonly dataset: Dataset;
}

export interface ExplorerActions {
  select(node: NodeRef | null): void;
  toggleBenefitType(id: string): void;
  toggleOutlet(id: string): void;
  /** Show (`hidden = false`) or hide every benefit type at once: the "All" and "None" buttons. */
  setAllBenefitTypesHidden(hidden: boolean): void;
  setAllOutletsHidden(hidden: boolean): void;
  /** Restore a view, such as one read from a shared link; unknown ids are dropped. */
  applyView(view: ViewState): void;
}

export type ExplorerStore = StoreApi<ExplorerState & ExplorerActions>;

function toggled(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

export function createExplorerStore(dataset: Dataset, view: ViewState = defaultView): ExplorerStore {
  return createStore<ExplorerState & ExplorerActions>()((set, get) => ({
    dataset,
    ...sanitizeView(dataset, view),
    select: (selected) => set({ selected }),
    toggleBenefitType: (id) => set((s) => ({ hiddenBenefitTypes: toggled(s.hiddenBenefitTypes, id) })),
    toggleOutlet: (id) => set((s) => ({ hiddenOutlets: toggled(s.hiddenOutlets, id) })),
    setAllBenefitTypesHidden: (hidden) =>
      set((s) => ({ hiddenBenefitTypes: new Set(hidden ? s.dataset.benefitTypes.map((b) => b.id) : []) })),
    setAllOutletsHidden: (hidden) =>
      set((s) => ({ hiddenOutlets: new Set(hidden ? s.dataset.outlets.map((o) => o.id) : []) })),
    applyView: (next) => set(sanitizeView(get().dataset, next)),
  }));
}
