import { bench, describe } from 'vitest';
import bundled from '../../data/nk-russia-2023.json';
import { computeLayout } from '../../src/layout/computeLayout';
import { deriveGraph } from '../../src/model/deriveGraph';
import { noFilters } from '../../src/model/filters';
import { parseDataset } from '../../src/model/parseDataset';
import type { DatasetInput } from '../../src/model/schema';
import { selectionDetail } from '../../src/model/selectionDetail';
import { syntheticDataset } from '../fixtures/syntheticDataset';

function parsed(input: unknown) {
  const result = parseDataset(input);
  if (!result.ok) throw new Error('benchmark dataset is invalid');
  return result.dataset;
}

const article = parsed(bundled);
const articleGraph = deriveGraph(article, noFilters);
const large: DatasetInput = syntheticDataset({ actors: 40, benefitTypes: 60, outlets: 30, claims: 1000 });
const largeDataset = parsed(large);
const largeGraph = deriveGraph(largeDataset, noFilters);
const someHidden = { hiddenBenefitTypes: new Set(['b1', 'b2']), hiddenOutlets: new Set(['o1']) };

describe('bundled article (4 actors, 11 benefit types, 14 claims)', () => {
  bench('parseDataset', () => void parseDataset(bundled));
  bench('deriveGraph, filtered', () => void deriveGraph(article, someHidden));
  bench('computeLayout (300 ticks)', () => void computeLayout(articleGraph));
  bench('selectionDetail North Korea', () => void selectionDetail(article, noFilters, { kind: 'actor', id: 'north-korea' }));
});

describe('synthetic story (40 actors, 60 benefit types, 1000 claims)', () => {
  bench('parseDataset', () => void parseDataset(large));
  bench('deriveGraph, filtered', () => void deriveGraph(largeDataset, someHidden));
  bench('computeLayout (300 ticks)', () => void computeLayout(largeGraph), { iterations: 5 });
});
