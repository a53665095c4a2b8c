import { describe, expect, it } from 'vitest';
import { noFilters } from '../../src/model/filters';
import { selectionDetail, type ClaimGroup } from '../../src/model/selectionDetail';
import { bundledDataset, tinyDataset } from '../fixtures/datasets';

const labels = <K>(groups: readonly ClaimGroup<K>[], name: (k: K) => string) => groups.map((g) => name(g.key));

describe('selectionDetail', () => {
  it("lists an actor's gains by benefit type, what it provides and its costs", () => {
    const detail = selectionDetail(bundledDataset(), noFilters, { kind: 'actor', id: 'north-korea' });
    if (detail?.kind !== 'actor') throw new Error('expected an actor detail');
    expect(labels(detail.gains, (b) => b.id)).toEqual(
      expect.arrayContaining(['oil', 'missile-technology', 'food-aid', 'hard-currency', 'prestige']),
    );
    expect(labels(detail.provides, (b) => b.id)).toEqual(expect.arrayContaining(['munitions', 'labor']));
    expect(detail.costs).toEqual([]);
    const missile = detail.gains.find((g) => g.key.id === 'missile-technology');
    const speakers = missile?.claims.flatMap((c) => c.citations.map((x) => x.speaker?.name));
    expect(speakers).toContain('Sung Ki-young');
    expect(missile?.claims[0]?.provider?.name).toBe('Russia');
  });

  it('shows only visible citations, and drops claims left with none', () => {
    const dataset = bundledDataset();
    const filters = { hiddenBenefitTypes: new Set<string>(), hiddenOutlets: new Set(['cnn']) };
    const detail = selectionDetail(dataset, filters, { kind: 'actor', id: 'north-korea' });
    if (detail?.kind !== 'actor') throw new Error('expected an actor detail');
    const outlets = detail.gains.flatMap((g) => g.claims.flatMap((c) => c.citations.map((x) => x.outlet.id)));
    expect(outlets).not.toContain('cnn');
    // Prestige is cited by CNN alone, so it goes; oil keeps The Conversation.
    expect(labels(detail.gains, (b) => b.id)).not.toContain('prestige');
    expect(labels(detail.gains, (b) => b.id)).toContain('oil');
  });

  it('lists who gains, provides and bears a cost for a benefit type', () => {
    const detail = selectionDetail(tinyDataset(), noFilters, { kind: 'benefit', id: 'grain' });
    if (detail?.kind !== 'benefit') throw new Error('expected a benefit detail');
    expect(labels(detail.gainedBy, (a) => a.name)).toEqual(['Alpha']);
    expect(labels(detail.providedBy, (a) => a.name)).toEqual(['Beta']);
    expect(labels(detail.costTo, (a) => a.name)).toEqual(['Gamma']);
    expect(detail.gainedBy[0]?.claims[0]?.citations.map((c) => c.outlet.name)).toEqual(['The Daily', 'Radio One']);
  });

  it('returns undefined for an id the dataset does not know', () => {
    expect(selectionDetail(tinyDataset(), noFilters, { kind: 'actor', id: 'delta' })).toBeUndefined();
    expect(selectionDetail(tinyDataset(), noFilters, { kind: 'benefit', id: 'alpha' })).toBeUndefined();
  });
});
