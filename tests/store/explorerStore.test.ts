import { describe, expect, it } from 'vitest';
import { createExplorerStore } from '../../src/store/explorerStore';
import { tinyStory } from '../fixtures/datasets';

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

  it('applies a view, dropping what the dataset does not know', () => {
    const store = createExplorerStore(tinyStory());
    store.getState().applyView({
      selected: { kind: 'actor', id: 'nobody' },
      hiddenBenefitTypes: new Set(['cash']),
      hiddenOutlets: new Set(['nowhere']),
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

  it('derive the neighbourhood of the selection and the panel contents', () => {
    const store = createExplorerStore(tinyStory());
    expect(store.selectors.neighbourhood(store.getState())).toBeNull();
    expect(store.selectors.detail(store.getState())).toBeUndefined();
    store.getState().select({ kind: 'actor', id: 'alpha' });
    // Alpha gains grain from Beta and provides Beta cash: Beta lights up too, Gamma does not.
    const around = store.selectors.neighbourhood(store.getState());
    expect([...(around?.nodes ?? [])].toSorted()).toEqual(['actor:alpha', 'actor:beta', 'benefit:cash', 'benefit:grain']);
    expect(around?.links.has('cost|actor:gamma|benefit:grain')).toBe(false);
    expect(around?.links.size).toBe(4);
    store.getState().select({ kind: 'benefit', id: 'grain' });
    expect([...(store.selectors.neighbourhood(store.getState())?.nodes ?? [])].toSorted()).toEqual([
      'actor:alpha',
      'actor:beta',
      'actor:gamma',
      'benefit:grain',
    ]);
    expect(store.selectors.detail(store.getState())?.kind).toBe('benefit');
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
    expect(Object.fromEntries(counts.byOutlet)).toEqual({ daily: 2, radio: 2 });
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
