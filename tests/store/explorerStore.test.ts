import { describe, expect, it } from 'vitest';
import { createExplorerStore } from '../../src/store/explorerStore';
import { bundledStory, tinyStory } from '../fixtures/datasets';

describe('explorer store', () => {
  it('toggles filters and sets them all at once', () => {
    const store = createExplorerStore(tinyStory());
    store.getState().toggleOutlet('radio');
    expect([...store.getState().hiddenOutlets]).toEqual(['radio']);
    store.getState().toggleOutlet('radio');
    expect(store.getState().hiddenOutlets.size).toBe(0);
    store.getState().setAllBenefitTypesHidden(true);
    expect([...store.getState().hiddenBenefitTypes]).toEqual(['grain', 'cash']);
    store.getState().setAllBenefitTypesHidden(false);
    expect(store.getState().hiddenBenefitTypes.size).toBe(0);
  });

  it('keeps the filters it has when a view applied asks for the same ones, so no filter change is seen', () => {
    const store = createExplorerStore(tinyStory());
    store.getState().toggleOutlet('radio');
    const { hiddenOutlets, hiddenBenefitTypes } = store.getState();
    store.getState().applyView({ ...store.getState(), hiddenOutlets: new Set(['radio']), hiddenBenefitTypes: new Set() });
    expect(store.getState().hiddenOutlets).toBe(hiddenOutlets);
    expect(store.getState().hiddenBenefitTypes).toBe(hiddenBenefitTypes);
    store.getState().applyView({ ...store.getState(), hiddenOutlets: new Set() });
    expect(store.getState().hiddenOutlets.size).toBe(0);
  });

  it('swaps in another story in one update, with its first view and the same theme', () => {
    const store = createExplorerStore(tinyStory());
    store.getState().applyView({ ...store.getState(), selected: { kind: 'actor', id: 'alpha' }, hiddenOutlets: new Set(['radio']), theme: 'dark' });
    const updates: string[] = [];
    store.subscribe((state) => updates.push(state.dataset.meta.title));
    const next = bundledStory();
    store.getState().loadStory(next);
    expect(updates).toEqual([next.dataset.meta.title]);
    const state = store.getState();
    expect(state.dataset).toBe(next.dataset);
    expect(state.layout).toBe(next.layout);
    expect(state.selected).toBeNull();
    expect(state.hiddenOutlets.size).toBe(0);
    expect(state.theme).toBe('dark');
  });

  it('loads another story with a link’s view in the same single update, dropping what the story does not know', () => {
    const store = createExplorerStore(tinyStory());
    const updates: unknown[] = [];
    store.subscribe((state) => updates.push(state.selected));
    const next = bundledStory();
    store.getState().loadStory(next, {
      selected: { kind: 'actor', id: 'north-korea' },
      hiddenBenefitTypes: new Set(['oil', 'no-such-type']),
      hiddenOutlets: new Set(),
      singleSource: true,
      presenting: false,
      theme: 'auto',
    });
    expect(updates).toEqual([{ kind: 'actor', id: 'north-korea' }]);
    const state = store.getState();
    expect(state.dataset).toBe(next.dataset);
    expect([...state.hiddenBenefitTypes]).toEqual(['oil']);
    expect(state.singleSource).toBe(true);
  });

  it('takes routed links for the story on screen, and not for one it no longer shows', () => {
    const store = createExplorerStore(tinyStory());
    const next = bundledStory();
    store.getState().loadStory({ ...next, routes: new Map() });
    const curves = new Map([['a-link', 'M0,0C1,1 2,2 3,3']]);
    store.getState().setRoutes(tinyStory().dataset, curves);
    expect(store.getState().routes.size).toBe(0);
    store.getState().setRoutes(next.dataset, curves);
    expect(store.getState().routes).toBe(curves);
  });

  it('uses the graph a story brings rather than deriving it again, and forgets it with the story', () => {
    const store = createExplorerStore(tinyStory());
    const derived = store.selectors.fullGraph(store.getState());
    const brought = { nodes: derived.nodes.slice(0, 1), links: [] };
    store.getState().loadStory({ ...tinyStory(), graph: brought });
    expect(store.selectors.fullGraph(store.getState())).toBe(brought);
    expect(store.selectors.graph(store.getState())).toBe(brought);
    store.getState().loadStory(bundledStory());
    expect(store.getState().graph).toBeUndefined();
    expect(store.selectors.fullGraph(store.getState()).nodes.length).toBeGreaterThan(10);
  });

  it('applies a view, dropping what the dataset does not know', () => {
    const store = createExplorerStore(tinyStory());
    store.getState().applyView({
      selected: { kind: 'actor', id: 'nobody' },
      hiddenBenefitTypes: new Set(['cash']),
      hiddenOutlets: new Set(['nowhere']), singleSource: false, presenting: false, theme: 'auto' as const,
    });
    expect(store.getState().selected).toBeNull();
    expect([...store.getState().hiddenBenefitTypes]).toEqual(['cash']);
    expect(store.getState().hiddenOutlets.size).toBe(0);
  });
});

describe('selectors', () => {
  it('return the same object until their inputs change', () => {
    const store = createExplorerStore(tinyStory());
    const graph = store.selectors.graph(store.getState());
    store.getState().select({ kind: 'actor', id: 'alpha' });
    expect(store.selectors.graph(store.getState())).toBe(graph);
    store.getState().toggleBenefitType('cash');
    expect(store.selectors.graph(store.getState())).not.toBe(graph);
    expect(store.selectors.counts(store.getState())).toBe(store.selectors.counts(store.getState()));
  });

  it('derive the graph once, not twice, while nothing is hidden', () => {
    const store = createExplorerStore(tinyStory());
    const { graph, fullGraph } = store.selectors;
    expect(graph(store.getState())).toBe(fullGraph(store.getState()));
    store.getState().toggleOutlet(store.getState().dataset.outlets[0]?.id ?? '');
    expect(graph(store.getState())).not.toBe(fullGraph(store.getState()));
    store.getState().setAllOutletsHidden(false);
    expect(graph(store.getState())).toBe(fullGraph(store.getState()));
  });

  it('derive the emphasis of the selection and the panel contents', () => {
    const store = createExplorerStore(tinyStory());
    expect(store.selectors.emphases(store.getState())).toBeNull();
    expect(store.selectors.panel(store.getState())).toBeUndefined();
    store.getState().select({ kind: 'actor', id: 'alpha' });
    // Alpha gains grain (in full) and provides Beta cash (secondary, Beta with it); Beta's
    // providing of the grain and Gamma's cost are not about Alpha, and fade.
    const alpha = store.selectors.emphases(store.getState());
    expect(Object.fromEntries(alpha?.links ?? [])).toEqual({
      'gains|actor:alpha|benefit:grain': 'primary',
      'provides|actor:alpha|benefit:cash': 'secondary',
      'gains|actor:beta|benefit:cash': 'secondary',
    });
    expect(Object.fromEntries(alpha?.nodes ?? [])).toEqual({
      'actor:alpha': 'selected',
      'benefit:grain': 'primary',
      'benefit:cash': 'secondary',
      'actor:beta': 'secondary',
    });
    store.getState().select({ kind: 'benefit', id: 'grain' });
    // Who gains grain or bears it as a cost, in full; who provides it, secondary.
    expect(Object.fromEntries(store.selectors.emphases(store.getState())?.nodes ?? [])).toEqual({
      'benefit:grain': 'selected',
      'actor:alpha': 'primary',
      'actor:beta': 'secondary',
      'actor:gamma': 'primary',
    });
    expect(store.selectors.panel(store.getState())?.summary).toBe('Gained by 1 actor, cited by 2 outlets · provided by 1 · a cost to 1');
  });

  it('count the claims the filters leave visible', () => {
    const store = createExplorerStore(tinyStory());
    expect(store.selectors.visibleClaimCount(store.getState())).toBe(3);
    store.getState().toggleOutlet('radio');
    // beta-cash rests on Radio One alone; alpha-grain keeps The Daily.
    expect(store.selectors.visibleClaimCount(store.getState())).toBe(2);
  });

  it('count claims per benefit type and per outlet', () => {
    const store = createExplorerStore(tinyStory());
    const counts = store.selectors.counts(store.getState());
    expect(Object.fromEntries(counts.byBenefitType)).toEqual({ grain: 2, cash: 1 });
    expect(Object.fromEntries(counts.byOutlet)).toEqual({ daily: { claims: 2, alone: 1 }, radio: { claims: 2, alone: 1 } });
  });
});

describe('two explorers on one page', () => {
  it('keep their own selector caches, so neither evicts the other', () => {
    const first = createExplorerStore(tinyStory());
    const second = createExplorerStore(tinyStory());
    second.getState().toggleOutlet('radio');
    const firstGraph = first.selectors.graph(first.getState());
    const secondGraph = second.selectors.graph(second.getState());
    expect(secondGraph).not.toBe(firstGraph);
    // Interleaved reads, as two mounted graphs do on every render: each still gets its cached object.
    expect(first.selectors.graph(first.getState())).toBe(firstGraph);
    expect(second.selectors.graph(second.getState())).toBe(secondGraph);
    expect(first.selectors.graph(first.getState())).toBe(firstGraph);
  });
});
