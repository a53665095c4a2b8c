import { describe, expect, it } from 'vitest';
import { sanitizeView } from '../../src/model/viewState';
import { tinyDataset } from '../fixtures/datasets';

describe('sanitizeView', () => {
  it('keeps known ids and drops unknown ones', () => {
    const view = sanitizeView(tinyDataset(), {
      selected: { kind: 'benefit', id: 'grain' },
      hiddenBenefitTypes: new Set(['cash', 'gold']),
      hiddenOutlets: new Set(['radio', '__proto__']), singleSource: false, presenting: false, theme: 'auto' as const,
    });
    expect(view.selected).toEqual({ kind: 'benefit', id: 'grain' });
    expect([...view.hiddenBenefitTypes]).toEqual(['cash']);
    expect([...view.hiddenOutlets]).toEqual(['radio']);
  });

  it('clears a selection of the wrong kind or an unknown id', () => {
    const dataset = tinyDataset();
    const empty = { hiddenBenefitTypes: new Set<string>(), hiddenOutlets: new Set<string>(), singleSource: false, presenting: false, theme: 'auto' as const };
    expect(sanitizeView(dataset, { ...empty, selected: { kind: 'actor', id: 'grain' } }).selected).toBeNull();
    expect(sanitizeView(dataset, { ...empty, selected: { kind: 'actor', id: 'alpha' } }).selected).toEqual({
      kind: 'actor',
      id: 'alpha',
    });
  });
});
