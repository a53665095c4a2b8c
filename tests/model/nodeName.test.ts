import { describe, expect, it } from 'vitest';
import { deriveGraph } from '../../src/model/deriveGraph';
import { noFilters } from '../../src/model/filters';
import { graphName } from '../../src/model/graphName';
import { nodeName } from '../../src/model/nodeName';
import { nodeSummaries } from '../../src/model/nodeSummary';
import { bundledDataset } from '../fixtures/datasets';

const dataset = bundledDataset();

function nameOf(id: string, hiddenOutlets: ReadonlySet<string> = new Set()) {
  const graph = deriveGraph(dataset, { hiddenBenefitTypes: new Set(), hiddenOutlets });
  const node = graph.nodes.find((n) => n.id === id) ?? { ...deriveGraph(dataset, noFilters).nodes.find((n) => n.id === id)!, filteredOut: true };
  return nodeName(node, nodeSummaries(graph).get(id));
}

describe('nodeName', () => {
  it('begins with the visible label, then says what the node is and what meets it', () => {
    expect(nameOf('actor:north-korea')).toBe('North Korea, actor, gains 7 benefits, provides 3');
    expect(nameOf('benefit:oil')).toBe('Oil, benefit type, gained by 1 actor, provided by 1');
  });

  it('counts only what the filters leave, and says when nothing is left', () => {
    const allOutlets = new Set(dataset.outlets.map((o) => o.id));
    expect(nameOf('actor:north-korea', allOutlets)).toBe('North Korea, actor, no claims shown');
  });
});

describe('graphName', () => {
  it('says what the graph shows and how much of it the filters leave', () => {
    const all = deriveGraph(dataset, noFilters);
    expect(graphName('T', all, 14, 14)).toBe('Graph of actors and benefit types: T; 4 actors, 11 benefit types, 14 of 14 claims shown');
    const noOil = deriveGraph(dataset, { hiddenBenefitTypes: new Set(['oil']), hiddenOutlets: new Set() });
    expect(graphName('T', noOil, 13, 14)).toMatch(/; 4 actors, 10 benefit types, 13 of 14 claims shown$/);
  });
});
