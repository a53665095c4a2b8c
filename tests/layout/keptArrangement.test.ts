import { describe, expect, it } from 'vitest';
import { keepArrangement, layoutVersion, reuseArrangement } from '../../src/layout/keptArrangement';
import { placeDataset, routeGraph } from '../../src/layout/layoutDataset';
import { tinyDataset } from '../fixtures/datasets';

function kept() {
  const { graph, layout } = placeDataset(tinyDataset());
  return { graph, layout, routes: routeGraph(graph, layout) };
}

describe('a kept arrangement', () => {
  it('places a stored story where it was, with its curves, when this layout version made it for these nodes', () => {
    const { graph, layout, routes } = kept();
    const moved = new Map([...layout].map(([id, p]) => [id, { x: p.x + 1000, y: p.y }]));
    const reused = reuseArrangement(graph, keepArrangement(moved, routes));
    expect(reused?.layout).toEqual(moved);
    expect(reused?.routes).toEqual(routes);
    const placed = placeDataset(tinyDataset(), keepArrangement(moved, routes));
    expect(placed.layout).toEqual(moved);
    expect(placed.routes).toEqual(routes);
  });

  it('keeps the places but routes again when some link has no kept curve', () => {
    const { graph, layout, routes } = kept();
    const [first] = graph.links;
    const fewer = new Map([...routes].filter(([id]) => id !== first?.id));
    const reused = reuseArrangement(graph, keepArrangement(layout, fewer));
    expect(reused?.layout).toEqual(layout);
    expect(reused?.routes).toBeNull();
  });

  it('lays the story out afresh when an older version kept it, or its nodes are not the same', () => {
    const { graph, layout, routes } = kept();
    expect(reuseArrangement(graph, { ...keepArrangement(layout, routes), version: layoutVersion - 1 })).toBeNull();
    const [first] = graph.nodes;
    const missing = new Map([...layout].filter(([id]) => id !== first?.id));
    expect(reuseArrangement(graph, keepArrangement(missing, routes))).toBeNull();
    const renamed = new Map([...missing, ['actor:someone-else', { x: 0, y: 0 }]]);
    expect(reuseArrangement(graph, keepArrangement(renamed, routes))).toBeNull();
    expect(reuseArrangement(graph, undefined)).toBeNull();
    expect(placeDataset(tinyDataset(), { ...keepArrangement(layout, routes), version: layoutVersion + 1 }).routes).toBeNull();
  });

  it('is used only in its own shape when read back from storage, which can hold anything', () => {
    const { graph, layout, routes } = kept();
    const stored = keepArrangement(layout, routes);
    expect(reuseArrangement(graph, JSON.parse(JSON.stringify(stored)))?.layout).toEqual(layout);
    const [[firstId] = ['']] = stored.layout;
    expect(reuseArrangement(graph, 'arrangement')).toBeNull();
    expect(reuseArrangement(graph, { ...stored, layout: stored.layout.map(([id, p]) => [id, id === firstId ? { x: 'left', y: 0 } : p]) })).toBeNull();
    expect(reuseArrangement(graph, { ...stored, routes: [['a', 7]] })).toBeNull();
    expect(reuseArrangement(graph, { layout: stored.layout, routes: stored.routes })).toBeNull();
  });
});
