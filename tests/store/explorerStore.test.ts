import { describe, expect, it } from 'vitest';
import { createExplorerStore } from '../../src/store/explorerStore';
import {
  selectClaimCounts,
  selectDetail,
  selectGraph,
  selectNeighbourhood,
  selectVisibleClaimCount,
} from '../../src/store/selectors';
import { tinyDataset } from '../fixtures/datasets';

describe('explorer store', () => {
  it('toggles filters and sets them all at once', () => {
    const store = createExplorerStore(tinyDataset());
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
    const store = createExplorerStore(tinyDataset());
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
    const store = createExplorerStore(tinyDataset());
    const graph = selectGraph(store.getState());
    store.getState().select({ kind: 'actor', id: 'alpha' });
    expect(selectGraph(store.getState())).toBe(graph);
    store.getState().toggleBenefitType('cash');
    expect(selectGraph(store.getState())).not.toBe(graph);
    expect(selectClaimCounts(store.getState())).toBe(selectClaimCounts(store.getState()));
  });

  it('derive the neighbourhood of the selection and the panel contents', () => {
    const store = createExplorerStore(tinyDataset());
    expect(selectNeighbourhood(store.getState())).toBeNull();
    expect(selectDetail(store.getState())).toBeUndefined();
    store.getState().select({ kind: 'actor', id: 'alpha' });
    // Alpha gains grain from Beta and provides Beta cash: Beta lights up too, Gamma does not.
    const around = selectNeighbourhood(store.getState());
    expect([...(around?.nodes ?? [])].toSorted()).toEqual(['actor:alpha', 'actor:beta', 'benefit:cash', 'benefit:grain']);
    expect(around?.links.has('cost|actor:gamma|benefit:grain')).toBe(false);
    expect(around?.links.size).toBe(4);
    store.getState().select({ kind: 'benefit', id: 'grain' });
    expect([...(selectNeighbourhood(store.getState())?.nodes ?? [])].toSorted()).toEqual([
      'actor:alpha',
      'actor:beta',
      'actor:gamma',
      'benefit:grain',
    ]);
    expect(selectDetail(store.getState())?.kind).toBe('benefit');
  });

  it('count the claims the filters leave visible', () => {
    const store = createExplorerStore(tinyDataset());
    expect(selectVisibleClaimCount(store.getState())).toBe(3);
    store.getState().toggleOutlet('radio');
    // beta-cash rests on Radio One alone; alpha-grain keeps The Daily.
    expect(selectVisibleClaimCount(store.getState())).toBe(2);
  });

  it('count claims per benefit type and per outlet', () => {
    const counts = selectClaimCounts(createExplorerStore(tinyDataset()).getState());
    expect(Object.fromEntries(counts.byBenefitType)).toEqual({ grain: 2, cash: 1 });
    expect(Object.fromEntries(counts.byOutlet)).toEqual({ daily: 2, radio: 2 });
  });
});
