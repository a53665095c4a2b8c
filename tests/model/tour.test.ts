import { describe, expect, it } from 'vitest';
import bundled from '../../data/nk-russia-2023.json';
import { parseDataset } from '../../src/model/parseDataset';
import { tourOrder, tourSelection, tourStep } from '../../src/model/tour';
import { tinyDatasetInput } from '../fixtures/tinyDataset';

function dataset(input: unknown) {
  const result = parseDataset(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.dataset;
}

describe('the presentation tour', () => {
  it("follows the dataset's meta.tour", () => {
    expect(tourOrder(dataset(bundled))).toEqual(['north-korea', 'russia', 'united-states', 'iran']);
  });

  it('follows the actor order when the dataset names no tour', () => {
    expect(tourOrder(dataset(tinyDatasetInput()))).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('steps from the overview through each actor and stops at both ends', () => {
    const order = ['b', 'a'];
    expect(tourStep(order, null)).toBe(0);
    expect(tourSelection(order, 1)).toEqual({ kind: 'actor', id: 'b' });
    expect(tourStep(order, { kind: 'actor', id: 'a' })).toBe(2);
    expect(tourSelection(order, 3)).toEqual({ kind: 'actor', id: 'a' });
    expect(tourSelection(order, -1)).toBeNull();
    // A benefit type or an actor off the tour counts as the overview, so → starts the tour.
    expect(tourStep(order, { kind: 'benefit', id: 'a' })).toBe(0);
    expect(tourStep(order, { kind: 'actor', id: 'z' })).toBe(0);
  });
});
