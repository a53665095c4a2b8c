import { describe, expect, it } from 'vitest';
import { fitTransform } from '../../src/layout/fitTransform';
import { nodeExtent } from '../../src/layout/nodeGeometry';
import type { Graph } from '../../src/model/graph';

const graph: Graph = {
  nodes: [
    { id: 'actor:a', kind: 'actor', refId: 'a', label: 'A', filteredOut: false },
    { id: 'actor:b', kind: 'actor', refId: 'b', label: 'B', filteredOut: false },
  ],
  links: [],
};
const positions = new Map([
  ['actor:a', { x: -500, y: 0 }],
  ['actor:b', { x: 500, y: 100 }],
]);

describe('fitTransform', () => {
  it('fits every node and label inside the frame with padding', () => {
    const size = { width: 800, height: 450 };
    const t = fitTransform(graph, positions, size, 20);
    for (const node of graph.nodes) {
      const p = positions.get(node.id)!;
      const e = nodeExtent(node.kind, node.label);
      expect(p.x * t.k + t.x - e.halfWidth * t.k).toBeGreaterThanOrEqual(20 - 1e-9);
      expect(p.x * t.k + t.x + e.halfWidth * t.k).toBeLessThanOrEqual(780 + 1e-9);
      expect(p.y * t.k + t.y - e.above * t.k).toBeGreaterThanOrEqual(20 - 1e-9);
      expect(p.y * t.k + t.y + e.below * t.k).toBeLessThanOrEqual(430 + 1e-9);
    }
  });

  it('does not blow a small graph up past the maximum scale', () => {
    const small = new Map([['actor:a', { x: 0, y: 0 }]]);
    const t = fitTransform({ nodes: graph.nodes.slice(0, 1), links: [] }, small, { width: 2000, height: 2000 }, 20, 1.4);
    expect(t.k).toBe(1.4);
    expect(t.x).toBeCloseTo(1000);
  });

  it('centres an empty graph without NaN', () => {
    const t = fitTransform({ nodes: [], links: [] }, new Map(), { width: 300, height: 200 });
    expect(t).toEqual({ k: 1, x: 150, y: 100 });
  });
});
