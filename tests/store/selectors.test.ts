import { describe, expect, it } from 'vitest';
import { createExplorerStore } from '../../src/store/explorerStore';
import { bundledStory } from '../fixtures/datasets';

describe('the accessible-name selectors', () => {
  it('name each drawn node and the graph, worked out once per view, not once per render', () => {
    const store = createExplorerStore(bundledStory());
    const { nodeNames, graphLabel } = store.selectors;
    const names = nodeNames(store.getState());
    expect(names.get('actor:north-korea')).toBe('North Korea, actor, gains 7 benefits, provides 3');
    expect(graphLabel(store.getState())).toMatch(/; 4 actors, 11 benefit types, 14 of 14 claims shown$/);
    // A selection changes neither: the same Map comes back.
    store.getState().select({ kind: 'actor', id: 'russia' });
    expect(nodeNames(store.getState())).toBe(names);
    store.getState().toggleBenefitType('oil');
    expect(nodeNames(store.getState()).get('actor:north-korea')).toBe('North Korea, actor, gains 6 benefits, provides 3');
    expect(graphLabel(store.getState())).toMatch(/; 4 actors, 10 benefit types, 13 of 14 claims shown$/);
  });
});
