import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../../src/model/deriveGraph';
import { noFilters, type Filters } from '../../src/model/filters';
import { parseDataset } from '../../src/model/parseDataset';
import { bundledDataset, tinyDataset } from '../fixtures/datasets';
import { tinyDatasetInput } from '../fixtures/tinyDataset';

const hide = (outlets: string[] = [], benefitTypes: string[] = []): Filters => ({
  hiddenOutlets: new Set(outlets),
  hiddenBenefitTypes: new Set(benefitTypes),
});

describe('deriveGraph', () => {
  it('links beneficiaries ("gains", "cost") and providers ("provides") to benefit types', () => {
    const graph = deriveGraph(tinyDataset(), noFilters);
    expect(graph.nodes.map((n) => n.id)).toEqual([
      'actor:alpha',
      'actor:beta',
      'actor:gamma',
      'benefit:grain',
      'benefit:cash',
    ]);
    expect(graph.links.map((l) => [l.id, l.weight])).toEqual([
      ['gains|actor:alpha|benefit:grain', 2],
      ['provides|actor:beta|benefit:grain', 2],
      ['gains|actor:beta|benefit:cash', 1],
      ['provides|actor:alpha|benefit:cash', 1],
      ['cost|actor:gamma|benefit:grain', 1],
    ]);
  });

  it('merges claims that share a link, weighting it by distinct outlets', () => {
    const input = tinyDatasetInput();
    input.claims.push({
      id: 'alpha-grain-again',
      beneficiary: 'alpha',
      benefitType: 'grain',
      polarity: 'gain',
      summary: 'Alpha gets more grain.',
      citations: [{ outlet: 'daily', kind: 'quote', quote: 'More grain.' }],
    });
    const result = parseDataset(input);
    if (!result.ok) throw new Error('fixture invalid');
    const graph = deriveGraph(result.dataset, noFilters);
    const gains = graph.links.filter((l) => l.id === 'gains|actor:alpha|benefit:grain');
    expect(gains).toHaveLength(1);
    expect(gains[0]?.claimIds).toEqual(['alpha-grain', 'alpha-grain-again']);
    // "daily" cites both claims but counts once.
    expect(gains[0]?.outletIds.toSorted()).toEqual(['daily', 'radio']);
    expect(gains[0]?.weight).toBe(2);
  });

  it('weights the bundled oil link by its two outlets', () => {
    const oil = deriveGraph(bundledDataset(), noFilters).links.find((l) => l.id === 'gains|actor:north-korea|benefit:oil');
    expect(oil?.outletIds.toSorted()).toEqual(['cnn', 'the-conversation']);
    expect(oil?.weight).toBe(2);
  });

  it('drops a link when its only outlet is hidden, and keeps one another outlet supports', () => {
    const graph = deriveGraph(tinyDataset(), hide(['radio']));
    const ids = graph.links.map((l) => l.id);
    expect(ids).not.toContain('gains|actor:beta|benefit:cash');
    expect(ids).toContain('gains|actor:alpha|benefit:grain');
    expect(graph.links.find((l) => l.id === 'gains|actor:alpha|benefit:grain')?.weight).toBe(1);
  });

  it('removes a benefit type node with its links, and dims, not removes, an actor left with none', () => {
    const graph = deriveGraph(tinyDataset(), hide([], ['grain']));
    expect(graph.nodes.map((n) => n.id)).not.toContain('benefit:grain');
    expect(graph.links.every((l) => l.benefitTypeId === 'cash')).toBe(true);
    const gamma = graph.nodes.find((n) => n.id === 'actor:gamma');
    expect(gamma?.filteredOut).toBe(true);
    expect(graph.nodes.find((n) => n.id === 'actor:alpha')?.filteredOut).toBe(false);
  });

  it('shows no links when every outlet is hidden', () => {
    const dataset = tinyDataset();
    const graph = deriveGraph(dataset, hide(dataset.outlets.map((o) => o.id)));
    expect(graph.links).toEqual([]);
    expect(graph.nodes.every((n) => n.kind === 'actor' && n.filteredOut)).toBe(true);
  });
});
