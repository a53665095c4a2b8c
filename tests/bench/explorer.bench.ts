import { bench, describe } from 'vitest';
import bundled from '../../data/nk-russia-2023.json';
import { computeLayout } from '../../src/layout/computeLayout';
import { routeLinks } from '../../src/layout/routeLinks';
import { deriveGraph } from '../../src/model/deriveGraph';
import { noFilters, visibleClaims } from '../../src/model/filters';
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
const someHidden = { hiddenBenefitTypes: new Set(['b1', 'b2']), hiddenOutlets: new Set(['o1']) };

describe('bundled article (4 actors, 11 benefit types, 14 claims)', () => {
  bench('parseDataset', () => void parseDataset(bundled));
  bench('deriveGraph, filtered', () => void deriveGraph(article, someHidden));
  bench('computeLayout (300 ticks)', () => void computeLayout(articleGraph));
  const articleLayout = computeLayout(articleGraph);
  bench('routeLinks (build time)', () => void routeLinks(articleGraph.nodes, articleGraph.links, articleLayout), { iterations: 5, time: 0 });
  bench('selectionDetail North Korea', () => void selectionDetail(article, noFilters, { kind: 'actor', id: 'north-korea' }));
});

const sizes = [
  { actors: 40, benefitTypes: 60, outlets: 30, claims: 1_000 },
  { actors: 200, benefitTypes: 300, outlets: 100, claims: 10_000 },
];

for (const size of sizes) {
  const input: DatasetInput = syntheticDataset(size);
  const dataset = parsed(input);
  const graph = deriveGraph(dataset, noFilters);
  const label = `synthetic story (${size.actors} actors, ${size.benefitTypes} benefit types, ${size.claims.toLocaleString('en')} claims)`;
  describe(label, () => {
    bench('parseDataset', () => void parseDataset(input), { iterations: 5 });
    bench('filtering (visibleClaims)', () => void visibleClaims(dataset.claims, someHidden));
    bench('derivation (deriveGraph, filtered)', () => void deriveGraph(dataset, someHidden));
    bench('computeLayout (300 ticks)', () => void computeLayout(graph), { iterations: 3, time: 0 });
  });
}
