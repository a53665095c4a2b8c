import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Dataset } from '../model/dataset';
import type { NodeRef } from '../model/nodeId';
import { revealClaims } from '../model/revealClaims';
import { defaultView, sanitizeView, type ViewState } from '../model/viewState';
import type { Story } from '../layout/story';
import { createSelectors, type ExplorerSelectors } from './selectors';

/**
 * The source of truth, and nothing derivable: the graph, counts and panel come from selectors.
 * `layout` and `routes` are here, not in selectors, because computing them is slow enough to
 * happen elsewhere (at build time for the bundled story, later in a worker); they arrive with
 * their dataset.
 */
export interface ExplorerState extends ViewState, Story {}

export interface ExplorerActions {
  select(node: NodeRef | null): void;
  toggleBenefitType(id: string): void;
  toggleOutlet(id: string): void;
  /** Show (`hidden = false`) or hide every benefit type at once: the "All" and "None" buttons. */
  setAllBenefitTypesHidden(hidden: boolean): void;
  setAllOutletsHidden(hidden: boolean): void;
  setSingleSource(on: boolean): void;
  /** Enters or leaves presentation mode. */
  setPresenting(on: boolean): void;
  /** Shows the benefit types and outlets the selected node's claims need; nothing else changes. */
  revealSelection(): void;
  /** Restore a view, such as one read from a shared link; unknown ids are dropped. */
  applyView(view: ViewState): void;
  /**
   * Shows another story in one update: with `view` (such as a link's, checked against the story),
   * or its first view, nothing selected or hidden (the theme stays). One update, not a load and
   * then a view: each recomputes the graph, which for a large story is a long task.
   */
  loadStory(story: Story, view?: ViewState): void;
  /** The routed links of `dataset`, when they arrive after it: ignored if another story is on screen by then. */
  setRoutes(dataset: Dataset, routes: ReadonlyMap<string, string>): void;
}

export type Explorer = ExplorerState & ExplorerActions;

/** A vanilla zustand store with its own memoised selectors, so two explorers never share caches. */
export type ExplorerStore = StoreApi<Explorer> & { readonly selectors: ExplorerSelectors };

/** `next`, or `now` when they hold the same ids: an unchanged filter keeps its identity, so nothing downstream sees a change. */
function same(now: ReadonlySet<string>, next: ReadonlySet<string>): ReadonlySet<string> {
  return now.size === next.size && [...next].every((id) => now.has(id)) ? now : next;
}

function toggled(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

export function createExplorerStore(story: Story, view: ViewState = defaultView): ExplorerStore {
  const store = createStore<Explorer>()((set, get) => ({
    ...story,
    ...sanitizeView(story.dataset, view),
    select: (selected) => set({ selected }),
    toggleBenefitType: (id) => set((s) => ({ hiddenBenefitTypes: toggled(s.hiddenBenefitTypes, id) })),
    toggleOutlet: (id) => set((s) => ({ hiddenOutlets: toggled(s.hiddenOutlets, id) })),
    setAllBenefitTypesHidden: (hidden) =>
      set((s) => ({ hiddenBenefitTypes: new Set(hidden ? s.dataset.benefitTypes.map((b) => b.id) : []) })),
    setAllOutletsHidden: (hidden) =>
      set((s) => ({ hiddenOutlets: new Set(hidden ? s.dataset.outlets.map((o) => o.id) : []) })),
    setSingleSource: (singleSource) => set({ singleSource }),
    setPresenting: (presenting) => set({ presenting }),
    revealSelection: () => {
      const { dataset, selected, hiddenBenefitTypes, hiddenOutlets } = get();
      if (selected !== null) set(revealClaims(dataset, { hiddenBenefitTypes, hiddenOutlets }, selected));
    },
    applyView: (next) => {
      const now = get();
      const view = sanitizeView(now.dataset, next);
      set({ ...view, hiddenBenefitTypes: same(now.hiddenBenefitTypes, view.hiddenBenefitTypes), hiddenOutlets: same(now.hiddenOutlets, view.hiddenOutlets) });
    },
    loadStory: (next, view) =>
      set({ graph: undefined, ...next, ...(view === undefined ? { ...defaultView, theme: get().theme } : sanitizeView(next.dataset, view)) }),
    setRoutes: (dataset, routes) => {
      if (get().dataset === dataset) set({ routes });
    },
  }));
  return Object.assign(store, { selectors: createSelectors() });
}
